import "server-only";

import { cache } from "react";

import type { TStaffUser } from "@/lib/auth/current-user";
import { can, isOfficeBound } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

import { cappedCount, countMany } from "./case-ids";
import { listSavedViews } from "./saved-views";
import { parseInboxQuery, toSearchParams, type TInboxQuery } from "./schemas";
import { inboxSql } from "./where-sql";

/** The department's standing queues, in the order the console shows them. */
export const QUEUE_KEYS = ["open", "mine", "unassigned", "dueToday", "overdue", "news", "waiting"] as const;
export type TQueueKey = (typeof QUEUE_KEYS)[number];

const QUEUES: Record<TQueueKey, Partial<TInboxQuery>> = {
  open: { state: "open" },
  mine: { assignee: "mine", state: "open" },
  unassigned: { assignee: "unassigned", state: "open" },
  dueToday: { due: "today" },
  overdue: { due: "overdue" },
  news: { news: "1" },
  waiting: { status: "WAITING_FOR_CUSTOMER" },
};

export type TViewLabel =
  | { kind: "queue"; key: TQueueKey }
  | { kind: "office"; postcode: string; name: string }
  | { kind: "head"; name: string }
  | { kind: "saved"; name: string };

export type TInboxView = {
  id: string;
  label: TViewLabel;
  /** The inbox's URL for the view: the list whose total the count is. */
  href: string;
  /** Exact up to the cap; beyond it, the cap with isCapped, as the inbox counts (cappedCount). */
  count: number;
  isCapped: boolean;
};

/** The queues (all open cases first), the offices and the staff member's saved views. */
export type TInboxViews = { queues: TInboxView[]; offices: TInboxView[]; saved: TInboxView[] };

type TViewSpec = { id: string; label: TViewLabel; search: string };

const fromQuery = (id: string, label: TViewLabel, query: Partial<TInboxQuery>): TViewSpec => ({
  id,
  label,
  search: toSearchParams(query).toString(),
});

/**
 * The views' counts are the inbox's own: the same URL parsed the same way, the same condition (inboxSql) and the
 * same cap, so the number beside a link and the list it opens can never disagree. All of them in one statement.
 */
async function countViews(specs: TViewSpec[], user: TStaffUser, now: Date): Promise<TInboxView[]> {
  const wheres = specs.map((spec) => inboxSql(parseInboxQuery(new URLSearchParams(spec.search)), user, now));
  const counts = await countMany(wheres);
  return specs.map((spec, i) => {
    const { total, isCapped } = cappedCount(counts[i], wheres[i]);
    return {
      id: spec.id,
      label: spec.label,
      href: `/console/cases${spec.search ? `?${spec.search}` : ""}`,
      count: total,
      isCapped,
    };
  });
}

/**
 * Offices an office-bound user works, one view each; for those who see every office, one view per office head
 * (the cases of that head's offices), so a supervisor reads the department office by office.
 */
async function officeSpecs(user: TStaffUser): Promise<TViewSpec[]> {
  if (isOfficeBound(user.role)) {
    const offices = await db.office.findMany({
      where: { postcode: { in: user.officePostcodes } },
      select: { postcode: true, name: true },
      orderBy: { postcode: "asc" },
    });
    return offices.map((office) =>
      fromQuery(`office-${office.postcode}`, { kind: "office", ...office }, { office: office.postcode, state: "open" }),
    );
  }
  const heads = await db.staffUser.findMany({
    where: { role: "OFFICE_HEAD", isDisabled: false, offices: { some: {} } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return heads.map((head) =>
    fromQuery(`head-${head.id}`, { kind: "head", name: head.name }, { head: head.id, state: "open" }),
  );
}

/** Every view of the staff member's console with its count, all counted in parallel inside their scope. */
export async function listInboxViews(user: TStaffUser, now = new Date()): Promise<TInboxViews> {
  // Analysts are never assigned a case: "mine" would always be empty for them.
  const queueKeys = QUEUE_KEYS.filter((key) => key !== "mine" || can(user, "case.work"));
  const [offices, saved] = await Promise.all([officeSpecs(user), listSavedViews(user)]);
  const groups = [
    queueKeys.map((key) => fromQuery(key, { kind: "queue", key }, QUEUES[key])),
    offices,
    // A saved view keeps the URL it was saved with (sort included); its link is that URL, its count that list's.
    saved.map((view) => ({ id: `saved-${view.id}`, label: { kind: "saved", name: view.name }, search: view.query })),
  ] satisfies TViewSpec[][];
  const views = await countViews(groups.flat(), user, now);
  const queues = views.slice(0, groups[0].length);
  const officeViews = views.slice(groups[0].length, groups[0].length + groups[1].length);
  return { queues, offices: officeViews, saved: views.slice(groups[0].length + groups[1].length) };
}

/** Once per request: the layout's sidebar and the overview page show the same views, counted once. */
export const loadInboxViews = cache((user: TStaffUser) => listInboxViews(user));
