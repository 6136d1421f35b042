import { getTranslations } from "next-intl/server";

import { SignOutButton } from "@/components/auth/sign-out-button";
import type { TStaffUser } from "@/lib/auth/current-user";
import { loadInboxViews, type TInboxView } from "@/lib/inbox/views";

import { ConsoleNav } from "./console-nav";
import { Shortcuts } from "./shortcuts";
import { SidebarLinks } from "./sidebar-links";
import { viewGroups, viewTexts } from "./view-texts";

const groupHeading = "mt-4 mb-1 px-2 text-xs font-semibold tracking-wide text-muted uppercase";

/**
 * The workspace's left column: the views with their counts (server-rendered, so a refresh of the page brings
 * fresh ones), the console's sections, and who is signed in.
 */
export async function ConsoleSidebar({ user }: { user: TStaffUser }) {
  const [t, views, texts] = await Promise.all([getTranslations(), loadInboxViews(user), viewTexts()]);
  const groups = await viewGroups(views, user.role);
  const links = (group: TInboxView[]) =>
    group.map((view) => {
      const { label, count, isUrgent } = texts(view);
      return { href: view.href, label, count, isUrgent, name: t("console.views.linkName", { label, count }) };
    });
  return (
    // A <div>, not an <aside>: it sits inside <main>, where a complementary landmark may not.
    <div className="flex flex-col gap-4 border-b border-line pb-4 lg:sticky lg:top-0 lg:max-h-dvh lg:self-start lg:overflow-y-auto lg:border-r lg:border-b-0 lg:py-2 lg:pr-3">
      <nav aria-label={t("console.views.label")}>
        <SidebarLinks kind="view" links={links(views.queues)} />
        {groups.map((group) => (
          // No labelled <section>: a group is no landmark (the inbox page has its own «Сохранённые отборы»).
          <div key={group.id}>
            <h2 className={groupHeading}>{group.title}</h2>
            <SidebarLinks kind="view" links={links(group.views)} />
          </div>
        ))}
      </nav>
      <ConsoleNav user={user} />
      <div className="flex flex-wrap items-center gap-2 border-t border-line pt-3 text-sm text-muted">
        <p className="min-w-0 flex-1">
          <span className="sr-only">{t("console.user")} </span>
          <span className="font-medium text-ink">{user.name}</span>
          <br />
          {t(`roles.${user.role}`)}
        </p>
        <SignOutButton />
      </div>
      <Shortcuts />
    </div>
  );
}
