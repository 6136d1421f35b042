import { getTranslations } from "next-intl/server";

import { ApiError } from "@/lib/api/api-error";
import { defineRoute } from "@/lib/api/define-route";
import { requireAbility } from "@/lib/auth/current-user";
import { csvStreamResponse, zonedHeader } from "@/lib/csv/csv";
import { findSurveyTitle } from "@/lib/surveys/find-survey-title";
import { resultsCsv } from "@/lib/surveys/results";
import { MIN_GROUP_SIZE } from "@/lib/surveys/results-math";
import { ZResultsFilter } from "@/lib/surveys/schemas";

/**
 * A survey's responses as CSV (`?region=…&ageBand=…&service=…`), one row per response, a column per
 * question, for the roles that read results. Fewer than five responses in the chosen group give a file that
 * says so instead of the answers, as the results page does. Access is checked before anything is looked up.
 */
export const GET = defineRoute<{ id: string }>({
  name: "exportSurveyResults",
  authorize: () => requireAbility("survey.read"),
  handle: async ({ request, params }) => {
    const survey = await findSurveyTitle(params.id);
    if (!survey) throw new ApiError(404, "routes.notFound");
    const search = request.nextUrl.searchParams;
    const filter = ZResultsFilter.parse({
      region: search.get("region") ?? undefined,
      ageBand: search.get("ageBand") ?? undefined,
      service: search.get("service") ?? undefined,
    });
    const [t, tc] = await Promise.all([getTranslations("surveys.csv"), getTranslations("club.join")]);
    const rows = resultsCsv(
      survey.id,
      filter,
      {
        submittedAt: zonedHeader(t("submittedAt")),
        region: t("region"),
        ageBand: t("ageBand"),
        services: t("services"),
        tooFew: t("tooFew", { min: MIN_GROUP_SIZE }),
      },
      {
        ageBand: (value) => tc(`ageBands.${value}`),
        service: (value) => (tc.has(`serviceNames.${value}`) ? tc(`serviceNames.${value}`) : value),
      },
    );
    return csvStreamResponse(`survey-${survey.id}.csv`, rows);
  },
});
