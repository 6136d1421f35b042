import { getLocale, getTranslations } from "next-intl/server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { csvStreamResponse } from "@/lib/csv/csv";
import { exportCases } from "@/lib/inbox/export-cases";
import { parseInboxQuery, unreadableInboxFilters } from "@/lib/inbox/schemas";
import { recordForbidden } from "@/lib/security/record-forbidden";

/**
 * The inbox's current filter as CSV, for staff only and within their scope. Refusals are plain 401/403
 * rather than a redirect: a download link has no page to come back to. A filter no form can have written
 * is a plain 400 before the first byte, not a file cut off mid-stream or one holding more than was asked.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (user.kind !== "staff") await recordForbidden(user, "route:/console/cases/export");
  if (user.kind !== "staff") return new Response("Forbidden", { status: 403 });
  const params = new URL(request.url).searchParams;
  const [t, tAll, locale] = await Promise.all([getTranslations("inbox"), getTranslations(), getLocale()]);
  const unreadable = unreadableInboxFilters(params);
  if (unreadable.length > 0) {
    return new Response(t("exportUnreadableFilter", { filters: unreadable.join(", ") }), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const query = parseInboxQuery(params);
  const date = (value: Date) => value.toISOString();
  const rows = exportCases(query, user, {
    header: ["number", "type", "status", "priority", "topic", "applicant", "office", "region", "assignee", "createdAt", "dueAt"].map(
      (key) => t(`columns.${key}`),
    ),
    row: (row) => [
      row.number,
      t(`types.${row.type}`),
      tAll(`caseDetail.statuses.${row.status}`),
      t(`priorities.${row.priority}`),
      row.topic ? (locale === "en" ? row.topic.en : row.topic.ru) : "",
      row.applicantName,
      row.office ? `${row.office.postcode} ${row.office.name}` : "",
      row.region ?? "",
      row.assigneeName ?? "",
      date(row.createdAt),
      row.dueAt ? date(row.dueAt) : "",
    ],
  });
  return csvStreamResponse(`cases-${new Date().toISOString().slice(0, 10)}.csv`, rows);
}
