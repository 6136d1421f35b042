import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { InfoPage } from "@/components/layout/info-page";
import { SurveyBuilder } from "@/components/surveys/survey-builder";
import { SurveyForm } from "@/components/surveys/survey-form";
import { SurveyStatusActions } from "@/components/surveys/survey-status-actions";
import { staffPage } from "@/lib/auth/page-guards";
import { getDateFormat } from "@/lib/i18n/date-format";
import { knownRegions, loadSurvey } from "@/lib/surveys/build-survey";
import { localDate, OPERATOR_TIME_ZONE } from "@/lib/time/operator-day";
import { isUuid } from "@/lib/validation/uuid";

import {
  closeSurveyAction,
  countSegmentMembersAction,
  openSurveyAction,
  remindSurveyAction,
  saveSurveyAction,
} from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("title") };
}

/** One survey: the builder while it is a draft; afterwards its targeting, figures and a read-only preview. */
export default async function ConsoleSurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await staffPage(`/console/surveys/${encodeURIComponent(id)}`, "survey.manage");
  const survey = isUuid(id) ? await loadSurvey(id) : null;
  if (!survey) notFound();
  const [t, tc, format, regions] = await Promise.all([
    getTranslations("surveys"),
    getTranslations("club.join"),
    getDateFormat(),
    knownRegions(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: OPERATOR_TIME_ZONE });
  const segment = survey.segment;
  const everyone = segment.regions.length + segment.ageBands.length + segment.services.length === 0;
  return (
    <InfoPage title={survey.title} lead={survey.description ?? undefined}>
      <p>
        <span className="font-semibold" data-testid="survey-status">
          {t(`statuses.${survey.status}`)}
        </span>
        {survey.status !== "DRAFT" && survey.opensAt
          ? ` · ${survey.opensAt > new Date() ? t("detail.opens", { date: date(survey.opensAt) }) : t("detail.opened", { date: date(survey.opensAt) })}`
          : null}
        {survey.closesAt ? ` · ${t("detail.closes", { date: date(survey.closesAt) })}` : null}
      </p>
      {survey.status !== "DRAFT" ? (
        <p>
          {t("detail.figures", { invited: survey.invited, responses: survey.responses })}{" "}
          <Link href={`/console/surveys/${survey.id}/results`} className="font-medium text-brand-700 underline">
            {t("list.results")}
          </Link>
        </p>
      ) : null}
      <SurveyStatusActions
        id={survey.id}
        status={survey.status}
        openAction={openSurveyAction}
        remindAction={remindSurveyAction}
        closeAction={closeSurveyAction}
      />
      {survey.status === "DRAFT" ? (
        <SurveyBuilder
          initial={{
            id: survey.id,
            title: survey.title,
            description: survey.description ?? "",
            segment,
            opensOn: survey.opensAt ? localDate(survey.opensAt) : "",
            closesOn: survey.closesAt ? localDate(survey.closesAt) : "",
            questions: survey.questions,
          }}
          regions={regions}
          saveAction={saveSurveyAction}
          countAction={countSegmentMembersAction}
        />
      ) : (
        <>
          <section className="flex flex-col gap-1 rounded-xl border border-line p-4">
            <h2 className="text-lg font-semibold">{t("segment.title")}</h2>
            {everyone ? <p>{t("segment.everyone")}</p> : null}
            {segment.regions.length > 0 ? (
              <p>
                {t("segment.region")}: {segment.regions.join(", ")}
              </p>
            ) : null}
            {segment.ageBands.length > 0 ? (
              <p>
                {t("segment.ageBands")}: {segment.ageBands.map((band) => tc(`ageBands.${band}`)).join(", ")}
              </p>
            ) : null}
            {segment.services.length > 0 ? (
              <p>
                {t("segment.services")}: {segment.services.map((service) => tc(`serviceNames.${service}`)).join(", ")}
              </p>
            ) : null}
          </section>
          <p className="text-sm text-muted">{t("detail.fixed")}</p>
          <section
            aria-labelledby="preview-heading"
            className="flex flex-col gap-4 rounded-xl border-2 border-dashed border-brand-600 p-4"
          >
            <h2 id="preview-heading" className="text-xl font-semibold">
              {t("builder.previewTitle")}
            </h2>
            <SurveyForm questions={survey.questions} />
          </section>
        </>
      )}
    </InfoPage>
  );
}
