import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { ProposeIdeaForm } from "@/components/ideas/propose-idea-form";
import { RateAreaForm } from "@/components/ideas/rate-area-form";
import { InfoPage } from "@/components/layout/info-page";
import { ActionButton } from "@/components/ui/action-button";
import { memberPage } from "@/lib/auth/page-guards";
import { getDateFormat } from "@/lib/i18n/date-format";
import { listIdeasForMember } from "@/lib/ideas/ideas";
import { ZIdeaSort } from "@/lib/ideas/schemas";
import { cn } from "@/lib/utils";

import { proposeIdeaAction, rateAreaAction, supportIdeaAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ideas"))("title") };
}

export default async function MemberIdeasPage({ searchParams }: { searchParams: Promise<{ sort?: string }> }) {
  const user = await memberPage("/ideas");
  const sort = ZIdeaSort.parse((await searchParams).sort);
  const [t, format, ideas] = await Promise.all([
    getTranslations("ideas"),
    getDateFormat(),
    listIdeasForMember(user.id, sort),
  ]);
  const sortLink = (value: "support" | "new", label: string) => (
    <Link
      href={value === "support" ? "/ideas" : "/ideas?sort=new"}
      aria-current={sort === value ? "page" : undefined}
      className={cn(
        "inline-flex min-h-11 items-center rounded-lg px-3",
        sort === value ? "bg-brand-600 text-white" : "text-brand-700 underline",
      )}
    >
      {label}
    </Link>
  );
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <ProposeIdeaForm action={proposeIdeaAction} />
      <RateAreaForm action={rateAreaAction} />
      <section aria-labelledby="ideas-heading" className="flex flex-col gap-3">
        <h2 id="ideas-heading" className="text-2xl font-semibold">
          {t("list.heading")}
        </h2>
        <nav aria-label={t("list.sort")} className="flex flex-wrap gap-2">
          {sortLink("support", t("list.sortSupport"))}
          {sortLink("new", t("list.sortNew"))}
        </nav>
        {ideas.length === 0 ? <p className="text-muted">{t("list.empty")}</p> : null}
        <ul className="flex flex-col gap-3">
          {ideas.map((idea) => (
            <li key={idea.id} className="flex flex-col gap-2 rounded-xl border border-line p-4" data-testid="idea">
              <h3 className="text-lg font-semibold">{idea.title}</h3>
              <p className="text-sm text-muted">
                {format.dateTime(idea.createdAt, { dateStyle: "medium" })}
                {idea.area ? ` · ${t("list.area", { area: t(`areas.${idea.area}`) })}` : ""} ·{" "}
                {t(`statuses.${idea.status}`)}
                {idea.isMine ? ` · ${t("list.mine")}` : ""}
              </p>
              <p className="whitespace-pre-line">{idea.body}</p>
              {idea.publicAnswer ? (
                <div className="rounded-lg bg-brand-50 p-3">
                  <p className="font-semibold">{t("list.answer")}</p>
                  <p className="whitespace-pre-line">{idea.publicAnswer}</p>
                </div>
              ) : null}
              <div className="flex flex-wrap items-center gap-3">
                <span data-testid="support-count">{t("list.supportCount", { count: idea.supportCount })}</span>
                {idea.isSupported ? (
                  <span className="font-medium text-green-800">{t("list.supported")}</span>
                ) : (
                  <ActionButton label={t("list.support")} action={supportIdeaAction} input={{ ideaId: idea.id }} />
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </InfoPage>
  );
}
