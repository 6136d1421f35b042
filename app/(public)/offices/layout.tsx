import type { ReactNode } from "react";

import { ClientTexts } from "@/lib/i18n/client-texts";

/** The office forms show the desk's texts and the filing forms' (the error summary, «Отправляем…»), no more. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientTexts namespaces={["desk", "filing"]}>{children}</ClientTexts>;
}
