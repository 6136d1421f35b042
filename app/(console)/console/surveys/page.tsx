import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { ForbiddenNotice } from "@/components/console/forbidden-notice";
import { InfoPage } from "@/components/layout/info-page";
import { Button } from "@/components/ui/button";
import { staffPage } from "@/lib/auth/page-guards";
import { canManageClub } from "@/lib/club/staff-roles";
import { listSurveys } from "@/lib/surveys/build-survey";
import { SURVEY_READERS } from "@/lib/surveys/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("title") };
}

export default async function ConsoleSurveysPage() {
  const user = await staffPage("/console/surveys", ...SURVEY_READERS);
  if (user === "forbidden") return <ForbiddenNotice />;
  const [t, format, surveys] = await Promise.all([getTranslations("surveys"), getFormatter(), listSurveys()]);
  const isManager = canManageClub(user.role);
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      {isManager ? (
        <Button asChild className="self-start">
          <Link href="/console/surveys/new">{t("list.new")}</Link>
        </Button>
      ) : null}
      {surveys.length === 0 ? (
        <p className="text-muted">{t("list.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">{t("list.survey")}</th>
                <th scope="col" className="py-2 pr-3">{t("list.status")}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t("list.invited")}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t("list.responses")}</th>
                <th scope="col" className="py-2 pr-3">{t("list.closes")}</th>
                <th scope="col" className="py-2">{t("list.results")}</th>
              </tr>
            </thead>
            <tbody>
              {surveys.map((survey) => (
                <tr key={survey.id} className="border-b border-line">
                  <td className="py-2 pr-3">
                    {isManager ? (
                      <Link href={`/console/surveys/${survey.id}`} className="font-medium text-brand-700 underline">
                        {survey.title}
                      </Link>
                    ) : (
                      survey.title
                    )}
                  </td>
                  <td className="py-2 pr-3">{t(`statuses.${survey.status}`)}</td>
                  <td className="py-2 pr-3 text-right font-mono">{survey.invited}</td>
                  <td className="py-2 pr-3 text-right font-mono">{survey.responses}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    {survey.closesAt ? format.dateTime(survey.closesAt, { dateStyle: "medium", timeZone: "Europe/Moscow" }) : "—"}
                  </td>
                  <td className="py-2">
                    <Link href={`/console/surveys/${survey.id}/results`} className="text-brand-700 underline">
                      {t("list.results")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </InfoPage>
  );
}
