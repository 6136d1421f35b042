import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { AnswerIdeaForm } from "@/components/ideas/answer-idea-form";
import { InfoPage } from "@/components/layout/info-page";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { staffPage } from "@/lib/auth/page-guards";
import { getDateFormat } from "@/lib/i18n/date-format";
import { personName } from "@/lib/i18n/person-name";
import { areaRatingAverages, listIdeasForStaff } from "@/lib/ideas/ideas";
import { IDEA_STATUSES, SERVICE_AREAS, ZIdeaFilters } from "@/lib/ideas/schemas";

import { answerIdeaAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ideas"))("console.title") };
}

export default async function ConsoleIdeasPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await staffPage("/console/ideas", "idea.answer");
  const filters = ZIdeaFilters.parse(await searchParams);
  const [t, tConsole, format, dates, ideas, averages] = await Promise.all([
    getTranslations("ideas"),
    getTranslations("console"),
    getFormatter(),
    getDateFormat(),
    listIdeasForStaff(filters),
    areaRatingAverages(),
  ]);
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
                {row.average === null
                  ? t("console.noRatings")
                  : t("console.average", {
                      average: format.number(row.average, { maximumFractionDigits: 1 }),
                      count: row.count,
                    })}
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
      <Table>
        <TableHead>
          <HeaderCell>{t("console.columns.createdAt")}</HeaderCell>
          <HeaderCell>{t("console.columns.title")}</HeaderCell>
          <HeaderCell>{t("console.columns.area")}</HeaderCell>
          <HeaderCell>{t("console.columns.status")}</HeaderCell>
          <HeaderCell>{t("console.columns.support")}</HeaderCell>
          <HeaderCell>{t("console.columns.author")}</HeaderCell>
        </TableHead>
        <tbody>
          {ideas.map((idea) => (
            <Row key={idea.id} className="align-top" data-testid="console-idea">
              <Cell className="whitespace-nowrap">{dates.dateTime(idea.createdAt, { dateStyle: "medium" })}</Cell>
              <Cell>
                <details>
                  <summary className="cursor-pointer font-medium">{idea.title}</summary>
                  <p className="my-2 whitespace-pre-line">{idea.body}</p>
                  <AnswerIdeaForm
                    ideaId={idea.id}
                    status={idea.status}
                    publicAnswer={idea.publicAnswer ?? ""}
                    action={answerIdeaAction}
                  />
                </details>
              </Cell>
              <Cell>{idea.area ? t(`areas.${idea.area}`) : "—"}</Cell>
              <Cell>{t(`statuses.${idea.status}`)}</Cell>
              <Cell>{idea.supportCount}</Cell>
              <Cell>
                {idea.author
                  ? personName(idea.author.firstName, idea.author.lastName) || tConsole("noName")
                  : t("console.authorLeft")}
              </Cell>
            </Row>
          ))}
        </tbody>
      </Table>
    </InfoPage>
  );
}
