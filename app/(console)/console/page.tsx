import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { LiveRefresh } from "@/components/console/live-refresh";
import { viewGroups, viewTexts } from "@/components/console/view-texts";
import { staffPage } from "@/lib/auth/page-guards";
import { loadInboxViews, type TInboxView } from "@/lib/inbox/views";

function ViewCards({ views, texts }: { views: TInboxView[]; texts: Awaited<ReturnType<typeof viewTexts>> }) {
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-3">
      {views.map((view) => {
        const { label, hint, count, isUrgent } = texts(view);
        return (
          <li key={view.id}>
            <Link
              href={view.href}
              className="flex h-full flex-col gap-1 rounded-xl border border-line p-4 hover:border-brand-600 hover:bg-brand-50"
            >
              <span className="font-semibold">
                {label}
                <span className="sr-only">: </span>
              </span>
              <span className={`text-3xl font-bold tabular-nums ${isUrgent ? "text-danger" : "text-brand-800"}`}>
                {count}
              </span>
              <span className="text-sm text-muted">{hint}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The console's front page: every view of the sidebar as a card, each count a link to its list. */
export default async function ConsoleHomePage() {
  const user = await staffPage("/console");
  const [t, views, texts] = await Promise.all([getTranslations(), loadInboxViews(user), viewTexts()]);
  const [open, ...queues] = views.queues;
  const groups = [
    { id: "queues", title: t("console.overview.queues"), views: queues },
    ...(await viewGroups(views, user.role)),
  ];
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-brand-800">{t("console.title")}</h1>
          <p className="text-lg text-muted">
            {t("console.welcome", { name: user.name, role: t(`roles.${user.role}`) })}
          </p>
        </div>
        <Link
          href={open.href}
          className="inline-flex min-h-11 items-baseline gap-2 rounded-xl bg-brand-600 px-5 py-3 text-white hover:bg-brand-700"
        >
          {t("console.overview.openTotal")}
          <span className="sr-only">: </span>
          <span className="text-2xl font-bold tabular-nums">{texts(open).count}</span>
        </Link>
      </header>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`overview-${group.id}`} className="flex flex-col gap-3">
          <h2 id={`overview-${group.id}`} className="text-xl font-semibold">
            {group.title}
          </h2>
          <ViewCards views={group.views} texts={texts} />
        </section>
      ))}
      <LiveRefresh />
    </div>
  );
}
