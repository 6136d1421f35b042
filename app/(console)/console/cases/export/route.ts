import { getLocale, getTranslations } from "next-intl/server";

import { ApiError } from "@/lib/api/api-error";
import { defineRoute } from "@/lib/api/define-route";
import { requireAbility } from "@/lib/auth/current-user";
import { csvStreamResponse, zonedHeader } from "@/lib/csv/csv";
import { exportCases } from "@/lib/inbox/export-cases";
import { parseInboxQuery, unreadableInboxFilters } from "@/lib/inbox/schemas";
import { today } from "@/lib/time/operator-day";

/**
 * The inbox's current filter as CSV, for staff only and within their scope. Refusals are a 401/403 problem
 * rather than a redirect: a download link has no page to come back to. A filter no form can have written
 * is a 400 before the first byte, not a file cut off mid-stream or one holding more than was asked.
 */
export const GET = defineRoute({
  name: "exportCases",
  authorize: () => requireAbility("case.read"),
  handle: async ({ request, actor }) => {
    const params = request.nextUrl.searchParams;
    const unreadable = unreadableInboxFilters(params);
    if (unreadable.length > 0) {
      throw new ApiError(400, "inbox.exportUnreadableFilter", { values: { filters: unreadable.join(", ") } });
    }
    const [t, tAll, locale] = await Promise.all([getTranslations("inbox"), getTranslations(), getLocale()]);
    const query = parseInboxQuery(params);
    const rows = exportCases(query, actor, {
      header: [
        "number",
        "type",
        "status",
        "priority",
        "topic",
        "applicant",
        "office",
        "region",
        "assignee",
        "createdAt",
        "dueAt",
      ].map((key) => (key === "createdAt" || key === "dueAt" ? zonedHeader(t(`columns.${key}`)) : t(`columns.${key}`))),
      row: (row) => [
        row.number,
        t(`types.${row.type}`),
        // The words the inbox shows for them.
        tAll(`enums.CaseStatus.${row.status}`),
        tAll(`enums.CasePriority.${row.priority}`),
        row.topic ? (locale === "en" ? row.topic.en : row.topic.ru) : "",
        row.applicantName,
        row.office ? `${row.office.postcode} ${row.office.name}` : "",
        row.region ?? "",
        row.assigneeName ?? "",
        row.createdAt,
        row.dueAt,
      ],
    });
    return csvStreamResponse(`cases-${today()}.csv`, rows);
  },
});
