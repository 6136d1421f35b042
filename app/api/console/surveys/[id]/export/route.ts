import { getTranslations } from "next-intl/server";

import { getCurrentUser, requireAbility } from "@/lib/auth/current-user";
import { AuthError } from "@/lib/auth/errors";
import { csvStreamResponse } from "@/lib/csv/csv";
import { db } from "@/lib/db";
import { resultsCsv } from "@/lib/surveys/results";
import { MIN_GROUP_SIZE } from "@/lib/surveys/results-math";
import { ZResultsFilter } from "@/lib/surveys/schemas";
import { recordForbidden } from "@/lib/security/record-forbidden";

function problem(status: 401 | 403 | 404, title: string, detail: string): Response {
  return Response.json(
    { type: "about:blank", title, status, detail },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "private, no-store" } },
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A survey's responses as CSV (`?region=…&ageBand=…&service=…`), one row per response, a column per
 * question, for the roles that read results. Fewer than five responses in the chosen group give a file that
 * says so instead of the answers, as the results page does. Access is checked before anything is looked up.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireAbility("survey.read");
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error.code === "FORBIDDEN") await recordForbidden(await getCurrentUser(), "route:/api/console/surveys/export");
    return error.code === "UNAUTHENTICATED"
      ? problem(401, "Unauthorized", "Sign in to the console to download survey results.")
      : problem(403, "Forbidden", "Your role may not download survey results.");
  }
  const { id } = await params;
  const survey = UUID.test(id) ? await db.survey.findUnique({ where: { id }, select: { id: true } }) : null;
  if (!survey) return problem(404, "Not Found", "No such survey.");
  const search = new URL(request.url).searchParams;
  const filter = ZResultsFilter.parse({
    region: search.get("region") ?? undefined,
    ageBand: search.get("ageBand") ?? undefined,
    service: search.get("service") ?? undefined,
  });
  const [t, tc] = await Promise.all([getTranslations("surveys.csv"), getTranslations("club.join")]);
  const rows = resultsCsv(
    survey.id,
    filter,
    { submittedAt: t("submittedAt"), region: t("region"), ageBand: t("ageBand"), services: t("services"), tooFew: t("tooFew", { min: MIN_GROUP_SIZE }) },
    { ageBand: (value) => tc(`ageBands.${value}`), service: (value) => (tc.has(`serviceNames.${value}`) ? tc(`serviceNames.${value}`) : value) },
  );
  return csvStreamResponse(`survey-${survey.id}.csv`, rows);
}
