import type { ReactNode } from "react";

import { AreaIntl } from "@/components/layout/area-intl";

export default function Layout({ children }: { children: ReactNode }) {
  return <AreaIntl>{children}</AreaIntl>;
}
