import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

import { ClientTexts } from "@/lib/i18n/client-texts";

/**
 * The whole catalogue for the client components of an area (club, console, sign-in…), through next-intl
 * and the shared form parts' TextsProvider. The public desk's phone pages do without: they get only the
 * namespaces they show (ClientTexts).
 */
export function AreaIntl({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider>
      <ClientTexts namespaces="all">{children}</ClientTexts>
    </NextIntlClientProvider>
  );
}
