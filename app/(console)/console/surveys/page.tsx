import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { InfoPage } from "@/components/layout/info-page";
import { buttonVariants } from "@/components/ui/button";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { staffPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { getDateFormat } from "@/lib/i18n/date-format";
import { listSurveys } from "@/lib/surveys/build-survey";
import { OPERATOR_TIME_ZONE } from "@/lib/time/operator-day";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("title") };
}

export default async function ConsoleSurveysPage() {
  const user = await staffPage("/console/surveys", "survey.read");
  const [t, format, surveys] = await Promise.all([getTranslations("surveys"), getDateFormat(), listSurveys()]);
  const isManager = can(user, "survey.manage");
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      {isManager ? (
        <Link href="/console/surveys/new" className={buttonVariants({ className: "self-start" })}>
          {t("list.new")}
        </Link>
      ) : null}
      {surveys.length === 0 ? (
        <p className="text-muted">{t("list.empty")}</p>
      ) : (
        <Table>
          <TableHead>
            <HeaderCell>{t("list.survey")}</HeaderCell>
            <HeaderCell>{t("list.status")}</HeaderCell>
            <HeaderCell className="text-right">{t("list.invited")}</HeaderCell>
            <HeaderCell className="text-right">{t("list.responses")}</HeaderCell>
            <HeaderCell>{t("list.closes")}</HeaderCell>
            <HeaderCell>{t("list.results")}</HeaderCell>
          </TableHead>
          <tbody>
            {surveys.map((survey) => (
              <Row key={survey.id}>
                <Cell>
                  {isManager ? (
                    <Link href={`/console/surveys/${survey.id}`} className="font-medium text-brand-700 underline">
                      {survey.title}
                    </Link>
                  ) : (
                    survey.title
                  )}
                </Cell>
                <Cell>{t(`statuses.${survey.status}`)}</Cell>
                <Cell className="text-right font-mono">{survey.invited}</Cell>
                <Cell className="text-right font-mono">{survey.responses}</Cell>
                <Cell className="whitespace-nowrap">
                  {survey.closesAt
                    ? format.dateTime(survey.closesAt, { dateStyle: "medium", timeZone: OPERATOR_TIME_ZONE })
                    : "—"}
                </Cell>
                <Cell>
                  <Link href={`/console/surveys/${survey.id}/results`} className="text-brand-700 underline">
                    {t("list.results")}
                  </Link>
                </Cell>
              </Row>
            ))}
          </tbody>
        </Table>
      )}
    </InfoPage>
  );
}
