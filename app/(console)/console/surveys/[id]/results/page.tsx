import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { InfoPage } from "@/components/layout/info-page";
import { QuestionResults } from "@/components/surveys/question-results";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { staffPage } from "@/lib/auth/page-guards";
import { AGE_BANDS, CLUB_SERVICES } from "@/lib/club/schemas";
import { findSurveyTitle } from "@/lib/surveys/find-survey-title";
import { surveyResults } from "@/lib/surveys/results";
import { MIN_GROUP_SIZE } from "@/lib/surveys/results-math";
import { ZResultsFilter } from "@/lib/surveys/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("results.title") };
}

/** A survey's results, overall or for one group of respondents, with the CSV download. */
export default async function SurveyResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  await staffPage(`/console/surveys/${encodeURIComponent(id)}/results`, "survey.read");
  const survey = await findSurveyTitle(id);
  if (!survey) notFound();
  const query = await searchParams;
  const filter = ZResultsFilter.parse({
    region: typeof query.region === "string" ? query.region : undefined,
    ageBand: typeof query.ageBand === "string" ? query.ageBand : undefined,
    service: typeof query.service === "string" ? query.service : undefined,
  });
  const [t, tc, results] = await Promise.all([
    getTranslations("surveys"),
    getTranslations("club.join"),
    surveyResults(id, filter),
  ]);
  const isFiltered = Boolean(filter.region || filter.ageBand || filter.service);
  const csvQuery = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return (
    <InfoPage title={t("results.titleOf", { title: survey.title })}>
      <form
        method="get"
        className="grid gap-3 rounded-xl border border-line p-4 sm:grid-cols-4 sm:items-end"
        aria-label={t("results.filter")}
      >
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("segment.region")}</span>
          <Select name="region" defaultValue={filter.region ?? ""}>
            <option value="">{t("results.all")}</option>
            {results.regions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("segment.ageBands")}</span>
          <Select name="ageBand" defaultValue={filter.ageBand ?? ""}>
            <option value="">{t("results.all")}</option>
            {AGE_BANDS.map((band) => (
              <option key={band} value={band}>
                {tc(`ageBands.${band}`)}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("segment.services")}</span>
          <Select name="service" defaultValue={filter.service ?? ""}>
            <option value="">{t("results.all")}</option>
            {CLUB_SERVICES.map((service) => (
              <option key={service} value={service}>
                {tc(`serviceNames.${service}`)}
              </option>
            ))}
          </Select>
        </label>
        <Button type="submit" variant="secondary">
          {t("results.apply")}
        </Button>
      </form>

      <div aria-live="polite" className="flex flex-col gap-3">
        <p className="text-lg font-semibold" data-testid="results-count">
          {isFiltered
            ? t("results.countFiltered", { count: results.count, total: results.total })
            : t("results.countAll", { count: results.total })}
        </p>
        {results.isTooFew ? (
          <Alert tone="info">
            {t(isFiltered ? "results.tooFewFiltered" : "results.tooFew", { min: MIN_GROUP_SIZE })}
          </Alert>
        ) : (
          <a
            href={`/api/console/surveys/${survey.id}/export${csvQuery.size > 0 ? `?${csvQuery}` : ""}`}
            download
            className="self-start font-medium text-brand-700 underline"
          >
            {t("results.download")}
          </a>
        )}
      </div>
      {results.questions.map((result, index) => (
        <QuestionResults key={result.question.id} result={result} number={index + 1} />
      ))}
    </InfoPage>
  );
}
