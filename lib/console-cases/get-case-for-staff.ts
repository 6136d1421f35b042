import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope, rolesWith } from "@/lib/auth/permissions";
import { fullName } from "@/lib/cases/create-case";
import { clockState, hasLegalTerm, isOpen, isOverdue } from "@/lib/cases/lifecycle/clock";
import { db } from "@/lib/db";
import { deadlineWindows } from "@/lib/deadlines/deadline-windows";
import { caseTimeZone } from "@/lib/offices/region-time-zone";
import { localDate } from "@/lib/time/operator-day";

const CASE_SELECT = {
  id: true,
  number: true,
  type: true,
  status: true,
  channel: true,
  priority: true,
  text: true,
  applicantName: true,
  applicantEmail: true,
  applicantPhone: true,
  trackingNumber: true,
  officePostcode: true,
  region: true,
  ratingScore: true,
  ratingSubject: true,
  answerRating: true,
  answerRatedAt: true,
  registerBy: true,
  registeredAt: true,
  dueAt: true,
  deadlineRule: true,
  pausedAt: true,
  extendedAt: true,
  extensionReason: true,
  replyToken: true,
  firstRepliedAt: true,
  answeredAt: true,
  closedAt: true,
  forwardedTo: true,
  customerNewsAt: true,
  createdAt: true,
  topic: { select: { id: true, code: true, nameRu: true, nameEn: true } },
  office: { select: { postcode: true, name: true, region: true, timeZone: true } },
  assignee: { select: { id: true, name: true, email: true } },
  claim: true,
  mergedInto: { select: { id: true, number: true } },
  merged: { select: { id: true, number: true, closedAt: true }, orderBy: { createdAt: "asc" } },
  applicants: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      isPrimary: true,
      role: true,
      lastName: true,
      firstName: true,
      patronymic: true,
      email: true,
      phone: true,
      locale: true,
      createdAt: true,
    },
  },
  attachments: {
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, contentType: true, size: true, eventId: true, createdAt: true },
  },
  events: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kind: true,
      isPublic: true,
      body: true,
      data: true,
      applicantId: true,
      staffId: true,
      createdAt: true,
    },
  },
} as const;

/** The topic and assignee ids that events changed, to name them in the history. */
function referencedIds(data: unknown[]): { topicId: string[]; assigneeId: string[] } {
  const ids = { topicId: new Set<string>(), assigneeId: new Set<string>() };
  for (const item of data) {
    const facts = (item ?? {}) as Record<string, unknown> & {
      before?: Record<string, unknown> | null;
      after?: Record<string, unknown> | null;
    };
    for (const side of [facts, facts.before, facts.after]) {
      for (const field of ["topicId", "assigneeId"] as const) {
        const value = side?.[field];
        if (typeof value === "string") ids[field].add(value);
      }
    }
  }
  return { topicId: [...ids.topicId], assigneeId: [...ids.assigneeId] };
}

function daysFromTo(from: Date, to: Date, timeZone: string): number {
  return Math.round((Date.parse(localDate(to, timeZone)) - Date.parse(localDate(from, timeZone))) / 86_400_000);
}

function byMomentThenId(a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Everything the case page shows, within the staff member's scope (null when the case is missing or outside
 * it, so the page answers alike): fields, claim details, applicants, files, the full history with who did
 * each step, and the deadline's state.
 */
export async function getCaseForStaff(number: string, user: TStaffUser, now = new Date()) {
  const found = await db.case.findFirst({ where: { number, ...caseScope(user) }, select: CASE_SELECT });
  if (!found) return null;
  const staffIds = [...new Set(found.events.flatMap((event) => (event.staffId ? [event.staffId] : [])))];
  const changed = referencedIds(found.events.map((event) => event.data));
  const [staff, topics] = await Promise.all([
    db.staffUser.findMany({
      where: { id: { in: [...staffIds, ...changed.assigneeId] } },
      select: { id: true, name: true },
    }),
    db.topic.findMany({ where: { id: { in: changed.topicId } }, select: { id: true, nameRu: true, nameEn: true } }),
  ]);
  const staffName = new Map(staff.map((member) => [member.id, member.name]));
  const clock = {
    status: found.status,
    dueAt: found.dueAt,
    pausedAt: found.pausedAt,
    mergedIntoId: found.mergedInto?.id ?? null,
  };
  const applicantName = new Map(found.applicants.map((applicant) => [applicant.id, fullName(applicant)]));
  const timeZone = caseTimeZone(found.office);
  const primary = found.applicants.find((applicant) => applicant.isPrimary) ?? found.applicants[0];
  return {
    ...found,
    timeZone,
    /** Who filed: the first applicant; cases from before applicants were kept apart carry only a name. */
    filerName: primary ? fullName(primary) : found.applicantName,
    deadline: {
      dueAt: found.dueAt,
      state: clockState(clock, now, deadlineWindows(now).endOfToday),
      /** Calendar days from today to the last day of the term, both in the office's zone (negative: overdue). */
      daysLeft: found.dueAt ? daysFromTo(now, found.dueAt, timeZone) : null,
      pausedAt: found.pausedAt,
      isPaused: found.pausedAt !== null,
      isOverdue: isOverdue(clock, now),
      isExtended: found.extendedAt !== null,
      // Once, for an open case with a legal term, never for a claim within one settlement (extendDeadline).
      canExtend:
        isOpen(clock) &&
        found.dueAt !== null &&
        hasLegalTerm(found.type) &&
        found.extendedAt === null &&
        found.deadlineRule !== "CLAIM_SAME_SETTLEMENT",
    },
    /** Names of the topics and staff that the history's before/after values refer to by id. */
    names: {
      assigneeId: Object.fromEntries(staff.map((member) => [member.id, member.name])),
      topicId: Object.fromEntries(topics.map((topic) => [topic.id, { ru: topic.nameRu, en: topic.nameEn }])),
    },
    // Events of one change share their moment; the ids (time-ordered) keep them in the order written.
    events: [...found.events].sort(byMomentThenId).map((event) => ({
      ...event,
      staffName: event.staffId ? (staffName.get(event.staffId) ?? null) : null,
      applicantName: event.applicantId ? (applicantName.get(event.applicantId) ?? null) : null,
    })),
  };
}

export type TStaffCase = NonNullable<Awaited<ReturnType<typeof getCaseForStaff>>>;

/** What the page's forms offer: topics, people to assign (those who work cases), active reply templates. */
export async function getCaseFormOptions() {
  const [topics, assignees, templates] = await Promise.all([
    db.topic.findMany({
      where: { isActive: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, nameRu: true, nameEn: true },
    }),
    db.staffUser.findMany({
      where: { isDisabled: false, role: { in: rolesWith("case.work") } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, role: true },
    }),
    db.replyTemplate.findMany({
      where: { isActive: true },
      orderBy: { title: "asc" },
      select: { id: true, code: true, title: true, locale: true, subject: true, body: true, nextStatus: true },
    }),
  ]);
  return { topics, assignees, templates };
}

export type TCaseFormOptions = Awaited<ReturnType<typeof getCaseFormOptions>>;
