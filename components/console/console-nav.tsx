import Link from "next/link";
import { getTranslations } from "next-intl/server";

import type { TStaffUser } from "@/lib/auth/current-user";
import { canConfigureLoyalty, canManageClub, canViewClubResults } from "@/lib/club/staff-roles";
import { canViewReports } from "@/lib/reports/roles";

import { SignOutButton } from "@/components/auth/sign-out-button";

/** The console's sections, shown to each role as far as it may use them. */
export async function ConsoleNav({ user }: { user: TStaffUser }) {
  const t = await getTranslations();
  const links = [
    { href: "/console", label: t("console.home") },
    { href: "/console/cases", label: t("console.cases") },
    ...(canViewReports(user.role) ? [{ href: "/console/reports", label: t("reports.nav") }] : []),
    ...(canManageClub(user.role) ? [{ href: "/console/members", label: t("consoleClub.members") }] : []),
    ...(canConfigureLoyalty(user.role) ? [{ href: "/console/loyalty", label: t("consoleClub.loyalty") }] : []),
    ...(canViewClubResults(user.role) ? [{ href: "/console/surveys", label: t("consoleClub.surveys") }] : []),
    ...(canManageClub(user.role)
      ? [
          { href: "/console/events", label: t("consoleClub.events") },
          { href: "/console/ideas", label: t("consoleClub.ideas") },
        ]
      : []),
    ...(user.role === "SUPERVISOR" || user.role === "ADMIN" ? [{ href: "/console/templates", label: t("templates.nav") }] : []),
    ...(user.role === "ADMIN"
      ? [
          { href: "/console/staff", label: t("console.staff") },
          { href: "/console/api-keys", label: t("apiKeys.nav") },
          { href: "/console/calendar", label: t("calendar.nav") },
        ]
      : []),
    { href: "/console/account", label: t("console.myAccount") },
  ];
  return (
    <nav aria-label={t("console.nav")} className="mb-6 flex flex-wrap items-center gap-2 border-b border-line pb-3">
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="inline-flex min-h-11 items-center rounded-lg px-3 hover:bg-brand-50">
          {link.label}
        </Link>
      ))}
      <span className="ml-auto text-sm text-muted">
        {user.name} · {t(`roles.${user.role}`)}
      </span>
      <SignOutButton />
    </nav>
  );
}
