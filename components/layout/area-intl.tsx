import type { ReactNode } from "react";

import { ClientTexts } from "@/lib/i18n/client-texts";

/**
 * The whole catalogue for the client components of an area (club, console, sign-in…), read with useTexts.
 * The public desk's phone pages do without: they get only the namespaces they show (ClientTexts).
 */
export function AreaIntl({ children }: { children: ReactNode }) {
  return <ClientTexts namespaces="all">{children}</ClientTexts>;
}
