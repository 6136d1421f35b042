import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/cases/count-open-cases";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { OPEN_STATUSES, type TInboxQuery } from "./schemas";
import { classifySearch } from "./search-kind";

/** Beyond this many matches the inbox says "more than 10 000" instead of counting them all. */
export const COUNT_CAP = 10_000;
/** The open statuses listed (not "NOT IN answered, closed"), so the (status, dueAt) index serves due filters. */
const OPEN = { in: [...OPEN_STATUSES] } satisfies Prisma.EnumCaseStatusFilter;
/** Deadlines run to the end of a Moscow day (UTC+3 all year); "today" is the Moscow day. */
const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;

function moscowDayStart(date: Date): Date {
  return new Date(Math.floor((date.getTime() + MOSCOW_OFFSET_MS) / DAY_MS) * DAY_MS - MOSCOW_OFFSET_MS);
}

function dateStart(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - MOSCOW_OFFSET_MS);
}

/**
 * The ids of the cases whose text matches, at most COUNT_CAP + 1 of them. The expression is exactly the one
 * of the GIN index "case_search_idx" (migration 20261121173212_console), or PostgreSQL would not use it.
 */
async function searchIds(q: string): Promise<{ ids: string[]; isTruncated: boolean }> {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "id" FROM "Case"
    WHERE to_tsvector('russian'::regconfig, "number" || ' ' || "applicantName" || ' ' || "applicantEmail" || ' ' || coalesce("trackingNumber", '') || ' ' || "text")
      @@ websearch_to_tsquery('russian', ${q})
    LIMIT ${COUNT_CAP + 1}`);
  return { ids: rows.slice(0, COUNT_CAP).map((row) => row.id), isTruncated: rows.length > COUNT_CAP };
}

/** The inbox's filters as one Prisma condition, always inside the staff member's scope. */
export async function inboxWhere(
  query: TInboxQuery,
  user: TStaffUser,
  now = new Date(),
): Promise<{ where: Prisma.CaseWhereInput; isSearchTruncated: boolean }> {
  const and: Prisma.CaseWhereInput[] = [caseScope(user)];
  let isSearchTruncated = false;
  if (query.type) and.push({ type: query.type });
  if (query.status) and.push({ status: query.status });
  if (query.priority) and.push({ priority: query.priority });
  if (query.topic) and.push({ topicId: query.topic });
  if (query.region) and.push({ region: query.region });
  if (query.office) and.push({ officePostcode: query.office });
  if (query.assignee === "mine") and.push({ assigneeId: user.id });
  else if (query.assignee === "unassigned") and.push({ assigneeId: null });
  else if (query.assignee) and.push({ assigneeId: query.assignee });
  if (query.due === "overdue") and.push({ status: OPEN, dueAt: { lt: now } });
  if (query.due === "today") {
    const start = moscowDayStart(now);
    and.push({ status: OPEN, dueAt: { gte: start, lt: new Date(start.getTime() + DAY_MS) } });
  }
  if (query.due === "soon") and.push({ status: OPEN, dueAt: { gte: now, lt: new Date(now.getTime() + 3 * DAY_MS) } });
  if (query.from) and.push({ createdAt: { gte: dateStart(query.from) } });
  if (query.to) and.push({ createdAt: { lt: new Date(dateStart(query.to).getTime() + DAY_MS) } });
  if (query.q) {
    const search = classifySearch(query.q);
    if (search.kind === "number") and.push({ number: search.value });
    else if (search.kind === "tracking") and.push({ trackingNumber: search.value });
    else if (search.kind === "email") and.push({ applicantEmail: { in: [...new Set([search.value, search.value.toLowerCase()])] } });
    else {
      const found = await searchIds(search.value);
      isSearchTruncated = found.isTruncated;
      and.push({ id: { in: found.ids } });
    }
  }
  return { where: { AND: and }, isSearchTruncated };
}
