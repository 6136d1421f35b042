import { Prisma } from "@/lib/generated/prisma/client";

import { DONE_STATUSES, LEGAL_TERM_TYPES, OPEN_STATUSES } from "./statuses";

// The clock's definitions of clock.ts as conditions: Prisma's for lists and counts, SQL for reports and jobs.

/** Open cases, listed by status so the (status, dueAt) index serves the deadline filters. */
export const OPEN_WHERE = {
  status: { in: [...OPEN_STATUSES] },
  mergedIntoId: null,
} satisfies Prisma.CaseWhereInput;

/** Open, not paused, with a deadline: the cases whose clock runs. */
export const RUNNING_WHERE = { ...OPEN_WHERE, pausedAt: null, dueAt: { not: null } } satisfies Prisma.CaseWhereInput;

export function overdueWhere(now: Date): Prisma.CaseWhereInput {
  return { ...OPEN_WHERE, pausedAt: null, dueAt: { lt: now } };
}

export function dueTodayWhere(now: Date, endOfToday: Date): Prisma.CaseWhereInput {
  return { ...OPEN_WHERE, pausedAt: null, dueAt: { gte: now, lt: endOfToday } };
}

export function dueBetweenWhere(from: Date, to: Date): Prisma.CaseWhereInput {
  return { ...OPEN_WHERE, pausedAt: null, dueAt: { gte: from, lt: to } };
}

export const PAUSED_WHERE = { ...OPEN_WHERE, pausedAt: { not: null } } satisfies Prisma.CaseWhereInput;

const OPEN_SQL_LIST = Prisma.join(OPEN_STATUSES.map((status) => Prisma.sql`${status}::"CaseStatus"`));
const DONE_SQL_LIST = Prisma.join(DONE_STATUSES.map((status) => Prisma.sql`${status}::"CaseStatus"`));
const LEGAL_SQL_LIST = Prisma.join(LEGAL_TERM_TYPES.map((type) => Prisma.sql`${type}::"CaseType"`));

/** The same conditions for raw SQL over "Case" under the alias `c`. */
export const clockSql = {
  open: Prisma.sql`(c."status" IN (${OPEN_SQL_LIST}) AND c."mergedIntoId" IS NULL)`,
  done: Prisma.sql`(c."status" IN (${DONE_SQL_LIST}) OR c."mergedIntoId" IS NOT NULL)`,
  paused: Prisma.sql`(c."status" IN (${OPEN_SQL_LIST}) AND c."mergedIntoId" IS NULL AND c."pausedAt" IS NOT NULL)`,
  overdue: (now: Date) =>
    Prisma.sql`(c."status" IN (${OPEN_SQL_LIST}) AND c."mergedIntoId" IS NULL AND c."pausedAt" IS NULL AND c."dueAt" < ${now})`,
  dueBetween: (from: Date, to: Date) =>
    Prisma.sql`(c."status" IN (${OPEN_SQL_LIST}) AND c."mergedIntoId" IS NULL AND c."pausedAt" IS NULL AND c."dueAt" >= ${from} AND c."dueAt" < ${to})`,
  legalTerm: Prisma.sql`(c."type" IN (${LEGAL_SQL_LIST}))`,
  answeredOnTime: Prisma.sql`(c."answeredAt" IS NOT NULL AND c."dueAt" IS NOT NULL AND c."answeredAt" <= c."dueAt")`,
  answeredLate: Prisma.sql`(c."answeredAt" IS NOT NULL AND c."dueAt" IS NOT NULL AND c."answeredAt" > c."dueAt")`,
};
