import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { Select } from "@/components/case-detail/form-parts";
import { ForbiddenNotice } from "@/components/console/forbidden-notice";
import { AnswerIdeaForm } from "@/components/ideas/answer-idea-form";
import { InfoPage } from "@/components/layout/info-page";
import { Button } from "@/components/ui/button";
import { staffPage } from "@/lib/auth/page-guards";
import { CLUB_MANAGERS } from "@/lib/events/roles";
import { areaRatingAverages, listIdeasForStaff } from "@/lib/ideas/ideas";
import { IDEA_STATUSES, SERVICE_AREAS, ZIdeaFilters } from "@/lib/ideas/schemas";

import { answerIdeaAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ideas"))("console.title") };
}

export default async function ConsoleIdeasPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await staffPage("/console/ideas", ...CLUB_MANAGERS);
  if (user === "forbidden") return <ForbiddenNotice />;
  const filters = ZIdeaFilters.parse(await searchParams);
  const [t, format, ideas, averages] = await Promise.all([getTranslations("ideas"), getFormatter(), listIdeasForStaff(filters), areaRatingAverages()]);
  return (
    <InfoPage title={t("console.title")} lead={t("console.lead")}>
      <section aria-labelledby="averages-heading" className="flex flex-col gap-2 rounded-xl border border-line p-4">
        <h2 id="averages-heading" className="text-xl font-semibold">
          {t("console.averages")}
        </h2>
        <dl className="grid gap-2 sm:grid-cols-2">
          {averages.map((row) => (
            <div key={row.area} className="flex justify-between gap-3" data-testid={`rating-${row.area}`}>
              <dt>{t(`areas.${row.area}`)}</dt>
              <dd className="font-semibold">
                {row.average === null ? t("console.noRatings") : t("console.average", { average: format.number(row.average, { maximumFractionDigits: 1 }), count: row.count })}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("console.filters")}>
        <div className="flex flex-col gap-1">
          <label htmlFor="ideas-status" className="font-medium">
            {t("console.status")}
          </label>
          <Select id="ideas-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("console.any")}</option>
            {IDEA_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="ideas-area" className="font-medium">
            {t("console.area")}
          </label>
          <Select id="ideas-area" name="area" defaultValue={filters.area ?? ""}>
            <option value="">{t("console.any")}</option>
            {SERVICE_AREAS.map((area) => (
              <option key={area} value={area}>
                {t(`areas.${area}`)}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          {t("console.apply")}
        </Button>
      </form>

      {ideas.length === 0 ? <p className="text-muted">{t("console.empty")}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">{t("console.columns.createdAt")}</th>
              <th scope="col" className="py-2 pr-3">{t("console.columns.title")}</th>
              <th scope="col" className="py-2 pr-3">{t("console.columns.area")}</th>
              <th scope="col" className="py-2 pr-3">{t("console.columns.status")}</th>
              <th scope="col" className="py-2 pr-3">{t("console.columns.support")}</th>
              <th scope="col" className="py-2">{t("console.columns.author")}</th>
            </tr>
          </thead>
          <tbody>
            {ideas.map((idea) => (
              <tr key={idea.id} className="border-b border-line align-top" data-testid="console-idea">
                <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(idea.createdAt, { dateStyle: "medium" })}</td>
                <td className="py-2 pr-3">
                  <details>
                    <summary className="cursor-pointer font-medium">{idea.title}</summary>
                    <p className="my-2 whitespace-pre-line">{idea.body}</p>
                    <AnswerIdeaForm ideaId={idea.id} status={idea.status} publicAnswer={idea.publicAnswer ?? ""} action={answerIdeaAction} />
                  </details>
                </td>
                <td className="py-2 pr-3">{idea.area ? t(`areas.${idea.area}`) : "—"}</td>
                <td className="py-2 pr-3">{t(`statuses.${idea.status}`)}</td>
                <td className="py-2 pr-3">{idea.supportCount}</td>
                <td className="py-2">{idea.author ? `${idea.author.firstName} ${idea.author.lastName}` : t("console.authorLeft")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </InfoPage>
  );
}
