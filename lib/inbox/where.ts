import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/auth/permissions";
import { dueBetweenWhere, dueTodayWhere, OPEN_WHERE, overdueWhere } from "@/lib/cases/lifecycle/clock-where";
import { db } from "@/lib/db";
import { deadlineWindows } from "@/lib/deadlines/deadline-windows";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, dayStart } from "@/lib/time/operator-day";

import type { TInboxQuery } from "./schemas";
import { classifySearch } from "./search-kind";

/** Beyond this many matches the inbox says "more than 10 000" instead of counting them all. */
export const COUNT_CAP = 10_000;
/**
 * A text search is counted to this many: "more than 1 000" then. Counting further means testing every case of
 * the filters (an office head's tens of thousands, scattered over the table) or reading the words' whole GIN
 * entries, for a number nobody pages through: people refine a search instead.
 */
export const SEARCH_COUNT_CAP = 1_000;

/** The due filters: the lifecycle's clock over the digest's windows, so both list the same cases. */
function dueWhere(due: NonNullable<TInboxQuery["due"]>, now: Date): Prisma.CaseWhereInput {
  const { endOfToday, endOfSoon } = deadlineWindows(now);
  if (due === "overdue") return overdueWhere(now);
  if (due === "today") return dueTodayWhere(now, endOfToday);
  return dueBetweenWhere(endOfToday, endOfSoon);
}

/**
 * The ids of the cases whose text matches, at most COUNT_CAP + 1 of them. The stored words, which the GIN
 * index "case_search_idx" indexes (migration 20261205020100_case_search_vector).
 */
async function searchIds(q: string): Promise<{ ids: string[]; isTruncated: boolean }> {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "id" FROM "Case"
    WHERE "searchVector" @@ websearch_to_tsquery('russian', ${q})
    LIMIT ${COUNT_CAP + 1}`);
  return { ids: rows.slice(0, COUNT_CAP).map((row) => row.id), isTruncated: rows.length > COUNT_CAP };
}

/** The offices a staff member heads; none for anyone else, so the filter then finds nothing. */
async function headOffices(staffId: string): Promise<string[]> {
  const links = await db.staffOffice.findMany({ where: { staffId }, select: { officePostcode: true } });
  return links.map((link) => link.officePostcode);
}

/**
 * The inbox's filters as one Prisma condition, always inside the staff member's scope, in the terms of the
 * rules' homes (caseScope, the lifecycle's OPEN_WHERE and overdueWhere): the reference that the SQL the list,
 * counts and export run (where-sql.ts) is held to by where-sql.integration.test.ts.
 */
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
  if (query.due) and.push(dueWhere(query.due, now));
  if (query.news) and.push({ customerNewsAt: { not: null } });
  if (query.state === "open") and.push(OPEN_WHERE);
  if (query.head) and.push({ officePostcode: { in: await headOffices(query.head) } });
  // The date filters read the operator's (Moscow) days, the department's.
  if (query.from) and.push({ createdAt: { gte: dayStart(query.from) } });
  if (query.to) and.push({ createdAt: { lt: dayStart(addDays(query.to, 1)) } });
  if (query.q) {
    const search = classifySearch(query.q);
    if (search.kind === "number") and.push({ number: search.value });
    else if (search.kind === "tracking") and.push({ trackingNumber: search.value });
    else if (search.kind === "email")
      and.push({ applicantEmail: { in: [...new Set([search.value, search.value.toLowerCase()])] } });
    else {
      const found = await searchIds(search.value);
      isSearchTruncated = found.isTruncated;
      and.push({ id: { in: found.ids } });
    }
  }
  return { where: { AND: and }, isSearchTruncated };
}
