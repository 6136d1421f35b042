import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { defineRoute } from "@/lib/api/define-route";
import { requireAbility } from "@/lib/auth/current-user";
import { csvResponse, zonedHeader } from "@/lib/csv/csv";
import { parseReportQuery, ZReportName } from "@/lib/reports/schemas";
import { reportTable } from "@/lib/reports/tables";

const ZReportExport = z.object({ report: ZReportName });

/**
 * One report as a CSV file (`?report=topic&from=…&to=…&type=…`), with every row, for the roles that see the
 * reports page; office heads get their offices' figures. Access is checked before the parameters, so a caller
 * without access learns nothing from the answers.
 */
export const GET = defineRoute({
  name: "exportReport",
  authorize: () => requireAbility("report.view"),
  handle: async ({ request, actor }) => {
    const params = request.nextUrl.searchParams;
    const { report } = ZReportExport.parse({ report: params.get("report") });
    const query = parseReportQuery(params);
    const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
    const table = await reportTable(report, query, actor, t, { locale });
    const header = table.columns.map((column, index) =>
      table.momentColumns?.includes(index) ? zonedHeader(column) : column,
    );
    return csvResponse(`report-${report}-${query.from}-${query.to}.csv`, [header, ...table.rows]);
  },
});
