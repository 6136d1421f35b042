import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { clockState, type TClockState } from "@/lib/cases/lifecycle/clock";
import { deadlineWindows } from "@/lib/deadlines/deadline-windows";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CasePriority, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";

import { cappedCount, countCap, countIds, pageAndCount, type TPageRow } from "./case-ids";
import type { TInboxQuery } from "./schemas";
import { inboxSql } from "./where-sql";

export type TInboxRow = {
  id: string;
  number: string;
  type: CaseType;
  status: CaseStatus;
  priority: CasePriority;
  topic: { ru: string; en: string } | null;
  applicantName: string;
  office: { postcode: string; name: string } | null;
  region: string | null;
  assigneeName: string | null;
  createdAt: Date;
  /** Null for cases without a deadline (office ratings). */
  dueAt: Date | null;
  /** The lifecycle's clock at the time of listing: overdue, due today, paused, no deadline, … */
  clock: TClockState;
  isOverdue: boolean;
  /** When the customer last wrote, while no staff member has opened the case since. */
  customerNewsAt: Date | null;
};

export type TInboxPage = {
  rows: TInboxRow[];
  /** Exact up to the cap (countCap: lower for a text search); beyond it, the cap with isTotalCapped. */
  total: number;
  isTotalCapped: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
};

/** The columns the table shows, and nothing else. */
export const INBOX_SELECT = {
  id: true,
  number: true,
  type: true,
  status: true,
  priority: true,
  applicantName: true,
  region: true,
  createdAt: true,
  dueAt: true,
  pausedAt: true,
  mergedIntoId: true,
  customerNewsAt: true,
  topic: { select: { nameRu: true, nameEn: true } },
  office: { select: { postcode: true, name: true } },
  assignee: { select: { name: true } },
} satisfies Prisma.CaseSelect;

type TSelected = Prisma.CaseGetPayload<{ select: typeof INBOX_SELECT }>;

export function toInboxRow(row: TSelected, now: Date): TInboxRow {
  const clock = clockState(row, now, deadlineWindows(now).endOfToday);
  return {
    id: row.id,
    number: row.number,
    type: row.type,
    status: row.status,
    priority: row.priority,
    topic: row.topic ? { ru: row.topic.nameRu, en: row.topic.nameEn } : null,
    applicantName: row.applicantName,
    office: row.office,
    region: row.region,
    assigneeName: row.assignee?.name ?? null,
    createdAt: row.createdAt,
    dueAt: row.dueAt,
    clock,
    isOverdue: clock === "overdue",
    customerNewsAt: row.customerNewsAt,
  };
}

/** ORDER BY an indexed column, then the id, so equal values never shuffle between pages. */
export function inboxOrderBy(query: TInboxQuery): Prisma.CaseOrderByWithRelationInput[] {
  return [{ [query.sort]: query.dir }, { id: query.dir }];
}

/** A row read by SQL in the shape Prisma gives INBOX_SELECT, so both become table rows the same way. */
export function fromPageRow(row: TPageRow): TSelected {
  return {
    ...row,
    topic: row.topicRu !== null && row.topicEn !== null ? { nameRu: row.topicRu, nameEn: row.topicEn } : null,
    office:
      row.officePostcode !== null && row.officeName !== null
        ? { postcode: row.officePostcode, name: row.officeName }
        : null,
    assignee: row.assigneeName !== null ? { name: row.assigneeName } : null,
  };
}

/** How many cases match, counted up to the cap + 1 only, as the list counts them. */
export async function countCases(
  query: TInboxQuery,
  user: TStaffUser,
  now = new Date(),
): Promise<{ total: number; isTotalCapped: boolean }> {
  const where = inboxSql(query, user, now);
  const { total, isCapped } = cappedCount(await countIds(where), where);
  return { total, isTotalCapped: isCapped };
}

/**
 * One page of the inbox. Offset pagination over an index-backed ORDER BY; pages stop at the count's cap
 * (as search engines do): past that, people narrow the filters rather than page on. The page's ids and rows
 * come from one SQL statement (case-ids.ts).
 */
export async function listCases(query: TInboxQuery, user: TStaffUser, now = new Date()): Promise<TInboxPage> {
  const where = inboxSql(query, user, now);
  const cap = countCap(where);
  const page = Math.min(query.page, Math.max(1, Math.ceil(cap / query.pageSize)));
  const { rows, counted } = await pageAndCount(where, query, (page - 1) * query.pageSize);
  const { total, isCapped } = cappedCount(counted, where);
  return {
    rows: rows.map((row) => toInboxRow(fromPageRow(row), now)),
    total,
    isTotalCapped: isCapped,
    page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
