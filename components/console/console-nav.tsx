import { getTranslations } from "next-intl/server";

import type { TStaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

import { SidebarLinks } from "./sidebar-links";

/** The console's sections, each shown to the roles with the ability its page asks for. */
export async function ConsoleNav({ user }: { user: TStaffUser }) {
  const t = await getTranslations();
  const links = [
    { href: "/console", label: t("console.home") },
    { href: "/console/cases", label: t("console.cases") },
    ...(can(user, "report.view") ? [{ href: "/console/reports", label: t("reports.nav") }] : []),
    ...(can(user, "member.view") ? [{ href: "/console/members", label: t("consoleClub.members") }] : []),
    ...(can(user, "loyalty.configure") ? [{ href: "/console/loyalty", label: t("consoleClub.loyalty") }] : []),
    ...(can(user, "survey.read") ? [{ href: "/console/surveys", label: t("consoleClub.surveys") }] : []),
    ...(can(user, "event.manage") ? [{ href: "/console/events", label: t("consoleClub.events") }] : []),
    ...(can(user, "idea.answer") ? [{ href: "/console/ideas", label: t("consoleClub.ideas") }] : []),
    ...(can(user, "template.manage") ? [{ href: "/console/templates", label: t("templates.nav") }] : []),
    ...(can(user, "staff.manage") ? [{ href: "/console/staff", label: t("console.staff") }] : []),
    ...(can(user, "apiKey.manage") ? [{ href: "/console/api-keys", label: t("apiKeys.nav") }] : []),
    ...(can(user, "calendar.edit") ? [{ href: "/console/calendar", label: t("calendar.nav") }] : []),
    { href: "/console/account", label: t("console.myAccount") },
  ];
  return (
    <nav aria-label={t("console.nav")} className="border-t border-line pt-3">
      <SidebarLinks kind="section" links={links} />
    </nav>
  );
}
