import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ClientTexts, ROOT_TEXT_NAMESPACES } from "@/lib/i18n/client-texts";

import { interCyrillic, interLatin } from "./fonts";

import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { default: t("name"), template: `%s · ${t("name")}` } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0a58b4" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("site")]);
  return (
    <html lang={locale} className={`${interLatin.variable} ${interCyrillic.variable}`}>
      <body className="flex min-h-dvh flex-col bg-white font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        {/* Only what the error page shows: pages with forms add the form parts' texts, areas their own (AreaIntl). */}
        <ClientTexts namespaces={ROOT_TEXT_NAMESPACES}>
          <SiteHeader />
          {/* The console's workspace (data-workspace) takes the whole width; every other page keeps the column. */}
          <main
            id="main"
            className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 has-[[data-workspace]]:max-w-none has-[[data-workspace]]:py-4"
          >
            {children}
          </main>
          <SiteFooter />
        </ClientTexts>
      </body>
    </html>
  );
}
