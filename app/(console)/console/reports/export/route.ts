import { getLocale, getTranslations } from "next-intl/server";

import { getCurrentUser, requireAbility } from "@/lib/auth/current-user";
import { AuthError } from "@/lib/auth/errors";
import { csvResponse } from "@/lib/csv/csv";
import { parseReportQuery, ZReportName } from "@/lib/reports/schemas";
import { reportTable } from "@/lib/reports/tables";
import { recordForbidden } from "@/lib/security/record-forbidden";

function problem(status: 401 | 403 | 422, title: string, detail: string): Response {
  return Response.json(
    { type: "about:blank", title, status, detail },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "private, no-store" } },
  );
}

/**
 * One report as a CSV file (`?report=topic&from=…&to=…&type=…`), with every row, for the roles that see the
 * reports page; office heads get their offices' figures. Access is checked before the parameters, so a caller
 * without access learns nothing from the answers.
 */
export async function GET(request: Request) {
  let user;
  try {
    user = await requireAbility("report.view");
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error.code === "FORBIDDEN") await recordForbidden(await getCurrentUser(), "route:/console/reports/export");
    return error.code === "UNAUTHENTICATED"
      ? problem(401, "Unauthorized", "Sign in to the console to download reports.")
      : problem(403, "Forbidden", "Your role may not download reports.");
  }
  const params = new URL(request.url).searchParams;
  const report = ZReportName.safeParse(params.get("report"));
  if (!report.success) {
    return problem(422, "Unprocessable Content", `report must be one of: ${ZReportName.options.join(", ")}.`);
  }
  const query = parseReportQuery(params);
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  const table = await reportTable(report.data, query, user, t, { locale });
  return csvResponse(`report-${report.data}-${query.from}-${query.to}.csv`, [table.columns, ...table.rows]);
}
