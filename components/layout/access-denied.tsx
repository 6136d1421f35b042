import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";
import { buttonVariants } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/current-user";

/**
 * The body of a 403 (app/forbidden.tsx, app/(console)/console/forbidden.tsx): why this person may not open
 * the page, and where their own pages are. In the console, staff are refused for their role; anywhere, the
 * other kind of account is refused for being signed in as the wrong one.
 */
export async function AccessDenied({ area }: { area: "site" | "console" }) {
  const [t, tConsole, user] = await Promise.all([
    getTranslations("forbidden"),
    getTranslations("console"),
    getCurrentUser(),
  ]);
  const [lead, link] =
    user?.kind === "staff"
      ? area === "console"
        ? [tConsole("forbiddenText"), { href: "/console", label: t("toConsole") }]
        : [t("memberPage"), { href: "/console", label: t("toConsole") }]
      : user?.kind === "member"
        ? [t("consolePage"), { href: "/account", label: t("toAccount") }]
        : [t("text"), { href: "/", label: t("home") }];
  return (
    <InfoPage title={t("title")} lead={lead}>
      {/* A plain link: the layouts' 403 boundary is named in every page's payload, and next/link would load
          its code on each. */}
      <a href={link.href} className={buttonVariants({ className: "self-start" })}>
        {link.label}
      </a>
    </InfoPage>
  );
}
