import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { clockState, type TClockState } from "@/lib/cases/lifecycle/clock";
import { db } from "@/lib/db";
import { deadlineWindows } from "@/lib/deadlines/deadline-windows";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CasePriority, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";

import type { TInboxQuery } from "./schemas";
import { COUNT_CAP, inboxWhere } from "./where";

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
  /** Exact up to COUNT_CAP; beyond it, COUNT_CAP with isTotalCapped. */
  total: number;
  isTotalCapped: boolean;
  /** The text search matched more than COUNT_CAP cases and only the first of them are shown. */
  isSearchTruncated: boolean;
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

/**
 * One page of the inbox. Offset pagination over an index-backed ORDER BY; pages stop at COUNT_CAP rows
 * (as search engines do): past that, people narrow the filters rather than page on.
 */
export async function listCases(query: TInboxQuery, user: TStaffUser, now = new Date()): Promise<TInboxPage> {
  const { where, isSearchTruncated } = await inboxWhere(query, user, now);
  const lastPage = Math.max(1, Math.ceil(COUNT_CAP / query.pageSize));
  const page = Math.min(query.page, lastPage);
  const [rows, counted] = await Promise.all([
    db.case.findMany({
      where,
      select: INBOX_SELECT,
      orderBy: inboxOrderBy(query),
      skip: (page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    // Counting stops one past the cap: a broad filter over millions of cases never scans them all.
    db.case.count({ where, take: COUNT_CAP + 1 }),
  ]);
  const isTotalCapped = counted > COUNT_CAP;
  const total = Math.min(counted, COUNT_CAP);
  return {
    rows: rows.map((row) => toInboxRow(row, now)),
    total,
    isTotalCapped,
    isSearchTruncated,
    page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
