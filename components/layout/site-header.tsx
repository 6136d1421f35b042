import { getTranslations } from "next-intl/server";

import { getCurrentUser } from "@/lib/auth/current-user";

import { LanguageSwitch } from "./language-switch";

/**
 * Plain links, rendered on the server: next/link would make each a client component to hydrate, and would
 * prefetch every page the header names as the page starts — main-thread work (and requests) on every
 * page, for a click most visitors never make. A click loads the page as any link does.
 */
export async function SiteHeader() {
  const [t, user] = await Promise.all([getTranslations(), getCurrentUser()]);
  const account =
    user?.kind === "staff"
      ? { href: "/console", label: t("auth.console") }
      : user?.kind === "member"
        ? { href: "/account", label: t("auth.account") }
        : { href: "/sign-in", label: t("nav.signIn") };
  const links = [
    { href: "/club", label: t("nav.club") },
    { href: "/meetings", label: t("events.nav") },
    { href: "/complaints", label: t("nav.complaints") },
  ];
  return (
    <header className="border-b border-line bg-white">
      {/* As wide as the page below it: the console's workspace widens both. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 in-[body:has([data-workspace])]:max-w-none">
        {/* A plain link on purpose (see above); the rule is written for the pages router's links. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="mr-auto flex items-center gap-2 font-semibold text-brand-800">
          <span aria-hidden="true" className="grid size-9 place-items-center rounded-lg bg-brand-600 text-white">
            ✉
          </span>
          <span className="leading-tight">{t("site.name")}</span>
        </a>
        <nav aria-label={t("nav.label")} className="order-last w-full sm:order-none sm:w-auto">
          {/* On a 320 px phone the three links share one line only in the smaller type with the narrower
              padding; they wrap if a larger text size needs it. */}
          <ul className="-mx-2 flex flex-wrap gap-1 sm:mx-0">
            {links.map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm hover:bg-brand-50 sm:px-3 sm:text-base"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2">
          <a
            href={account.href}
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 font-medium text-white hover:bg-brand-700"
          >
            {account.label}
          </a>
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
