import type { ReactNode } from "react";

import { ClientTexts, FORM_TEXT_NAMESPACES } from "@/lib/i18n/client-texts";

/**
 * The office forms show the desk's texts, the filing forms' (the error summary, «Отправляем…») and the shared
 * form parts', no more.
 */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientTexts namespaces={[...FORM_TEXT_NAMESPACES, "desk", "filing"]}>{children}</ClientTexts>;
}
