import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { officeScope } from "@/lib/auth/permissions";
import { OPEN_STATUSES } from "@/lib/cases/lifecycle/statuses";
import { deadlineWindows } from "@/lib/deadlines/deadline-windows";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, dayStart } from "@/lib/time/operator-day";

import type { TInboxQuery } from "./schemas";
import { classifySearch } from "./search-kind";

/**
 * The inbox's filters as SQL over "Case" c: the twin of inboxWhere (where.ts), condition for condition, which
 * the list and the view counts run so that
 * - the full-text search is one condition among the others (Prisma cannot express it), so PostgreSQL itself
 *   chooses between the GIN index and walking the ORDER BY index with the text as a filter, by its estimate;
 * - the open statuses are literals, the same as the predicate of the partial indexes on open cases
 *   (migration 20261204230100_inbox_scale), which PostgreSQL uses only when it can prove the query implies it.
 * Integration tests hold the two to the same cases (where-sql.integration.test.ts).
 */

const OPEN_LIST = Prisma.raw(OPEN_STATUSES.map((status) => `'${status}'`).join(", "));
/** Open as the lifecycle's OPEN_WHERE defines it, in the partial indexes' own words. */
const OPEN = Prisma.sql`c."status" IN (${OPEN_LIST}) AND c."mergedIntoId" IS NULL`;

/**
 * The case's words, stored (migration 20261205020100_case_search_vector) and indexed by "case_search_idx": a
 * plan that tests rows one by one reads them from the row instead of parsing the text again.
 */
export const SEARCH_VECTOR = Prisma.raw(`c."searchVector"`);

function dueSql(due: NonNullable<TInboxQuery["due"]>, now: Date): Prisma.Sql {
  const { endOfToday, endOfSoon } = deadlineWindows(now);
  const running = Prisma.sql`${OPEN} AND c."pausedAt" IS NULL`;
  if (due === "overdue") return Prisma.sql`${running} AND c."dueAt" < ${now}`;
  if (due === "today") return Prisma.sql`${running} AND c."dueAt" >= ${now} AND c."dueAt" < ${endOfToday}`;
  return Prisma.sql`${running} AND c."dueAt" >= ${endOfToday} AND c."dueAt" < ${endOfSoon}`;
}

export type TInboxSql = {
  /** Every condition but the full-text search, always inside the staff member's scope. */
  filters: Prisma.Sql;
  /** The full-text condition, when the search box holds words rather than a number or an address. */
  text: Prisma.Sql | null;
};

/** The inbox's filters as SQL: the text search apart, so the list can choose how to find its matches. */
export function inboxSql(query: TInboxQuery, user: TStaffUser, now = new Date()): TInboxSql {
  let text: Prisma.Sql | null = null;
  const and: Prisma.Sql[] = [];
  const offices = officeScope(user);
  if (offices)
    and.push(offices.length ? Prisma.sql`c."officePostcode" IN (${Prisma.join(offices)})` : Prisma.sql`false`);
  if (query.type) and.push(Prisma.sql`c."type" = ${query.type}::"CaseType"`);
  if (query.status) and.push(Prisma.sql`c."status" = ${query.status}::"CaseStatus"`);
  if (query.priority) and.push(Prisma.sql`c."priority" = ${query.priority}::"CasePriority"`);
  if (query.topic) and.push(Prisma.sql`c."topicId" = ${query.topic}::uuid`);
  if (query.region) and.push(Prisma.sql`c."region" = ${query.region}`);
  if (query.office) and.push(Prisma.sql`c."officePostcode" = ${query.office}`);
  if (query.assignee === "mine") and.push(Prisma.sql`c."assigneeId" = ${user.id}::uuid`);
  else if (query.assignee === "unassigned") and.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (query.assignee) and.push(Prisma.sql`c."assigneeId" = ${query.assignee}::uuid`);
  if (query.due) and.push(dueSql(query.due, now));
  if (query.news) and.push(Prisma.sql`c."customerNewsAt" IS NOT NULL`);
  if (query.state === "open") and.push(OPEN);
  if (query.head)
    and.push(
      Prisma.sql`c."officePostcode" IN (SELECT "officePostcode" FROM "StaffOffice" WHERE "staffId" = ${query.head}::uuid)`,
    );
  // The date filters read the operator's (Moscow) days, the department's.
  if (query.from) and.push(Prisma.sql`c."createdAt" >= ${dayStart(query.from)}`);
  if (query.to) and.push(Prisma.sql`c."createdAt" < ${dayStart(addDays(query.to, 1))}`);
  if (query.q) {
    const search = classifySearch(query.q);
    if (search.kind === "number") and.push(Prisma.sql`c."number" = ${search.value}`);
    else if (search.kind === "tracking") and.push(Prisma.sql`c."trackingNumber" = ${search.value}`);
    else if (search.kind === "email")
      and.push(
        Prisma.sql`c."applicantEmail" IN (${Prisma.join([...new Set([search.value, search.value.toLowerCase()])])})`,
      );
    else text = Prisma.sql`${SEARCH_VECTOR} @@ websearch_to_tsquery('russian', ${search.value})`;
  }
  return { filters: and.length ? Prisma.join(and, " AND ") : Prisma.sql`true`, text };
}

/** ORDER BY as inboxOrderBy: the sort column, then the id, both in the chosen direction. */
export function inboxOrderSql(query: TInboxQuery, alias = "c"): Prisma.Sql {
  const dir = query.dir === "asc" ? "ASC" : "DESC";
  return Prisma.raw(`${alias}."${query.sort}" ${dir}, ${alias}."id" ${dir}`);
}
