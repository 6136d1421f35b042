import "server-only";

import { hashLinkToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { normalizeMailbox } from "@/lib/email/mailbox-key";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseEventKind, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";
import { caseTimeZone } from "@/lib/offices/region-time-zone";
import { isUuid } from "@/lib/validation/uuid";

import { isOpenToAdditions } from "./customer-status";
import { statusEventFacts, type TStatusEventFacts } from "./status-event-facts";
import { statusTokenPair } from "./status-link";
import { loadStatusRow, type TStatusRow } from "./status-view-query";

export type { TStatusEventFacts } from "./status-event-facts";

export type TStatusEvent = {
  id: string;
  kind: CaseEventKind;
  createdAt: Date;
  body: string | null;
  isOwn: boolean;
  /** What the entry says changed: the new status, the body forwarded to, the grounds, the new deadline. */
  facts: TStatusEventFacts;
  attachments: { id: string; fileName: string; size: number; contentType: string }[];
};

export type TStatusView = {
  caseId: string;
  applicantId: string;
  number: string;
  type: CaseType;
  status: CaseStatus;
  createdAt: Date;
  /** Null for a case without a deadline (an office rating). */
  dueAt: Date | null;
  /** Set while the case waits for the customer: the clock stands still. */
  pausedAt: Date | null;
  timeZone: string;
  topic: { nameRu: string; nameEn: string } | null;
  office: { postcode: string; name: string } | null;
  trackingNumber: string | null;
  forwardedTo: string | null;
  firstName: string;
  events: TStatusEvent[];
  answerRating: number | null;
  canAddInformation: boolean;
  canRateAnswer: boolean;
  /** Whether a new link can be sent: the applicant gave an email address. */
  canReissueLink: boolean;
};

/** Events every applicant of the case sees; their own comments they see too, never another applicant's. */
const SHARED_EVENTS: CaseEventKind[] = ["FILED", "STATUS_CHANGED", "PUBLIC_REPLY", "DEADLINE_EXTENDED", "FORWARDED"];

const APPLICANT_SELECT = {
  id: true,
  caseId: true,
  firstName: true,
  isPrimary: true,
  email: true,
  memberId: true,
  statusLinkVersion: true,
  statusTokenHash: true,
} as const;

/** The applicant a status-link token belongs to, or null. Only the token's hash is looked up. */
export async function applicantByToken(token: string) {
  return db.caseApplicant.findUnique({ where: { statusTokenHash: hashLinkToken(token) }, select: APPLICANT_SELECT });
}

/** The club member looking at a status page while signed in. */
export type TStatusViewer = { memberId: string; email: string };

/**
 * A member signed in who opens the status link of a filing to their own mailbox takes it into their
 * account: the link came in the email to that address. A case merely filed with a member's address stays
 * out of their account until then, and one another member filed stays that member's.
 */
async function linkToViewer(
  applicant: { id: string; email: string; memberId: string | null },
  viewer: TStatusViewer,
): Promise<void> {
  if (
    applicant.memberId ||
    applicant.email === "" ||
    normalizeMailbox(applicant.email) !== normalizeMailbox(viewer.email)
  )
    return;
  await db.caseApplicant.updateMany({
    where: { id: applicant.id, memberId: null },
    data: { memberId: viewer.memberId },
  });
}

/** What the secret status link shows: the case, its public history and the applicant's own additions. */
export async function findStatusView(token: string, viewer?: TStatusViewer | null): Promise<TStatusView | null> {
  const row = await loadStatusRow(Prisma.sql`a."statusTokenHash" = ${hashLinkToken(token)}`);
  if (!row) return null;
  if (viewer) await linkToViewer(row, viewer);
  return statusViewOf(row);
}

/**
 * A member's own case, by its number, as its status page shows it: only through the member's own applicant
 * row (another member's case, or one never linked to the account, is not found). With it comes the
 * applicant's current status link, which the page's forms and files act through — null for a link from
 * before links were derived, which only the applicant's email holds.
 */
export async function findMemberCaseView(
  memberId: string,
  number: string,
): Promise<{ view: TStatusView; token: string | null } | null> {
  if (!isUuid(memberId)) return null;
  const row = await loadStatusRow(Prisma.sql`a."memberId" = ${memberId}::uuid AND c."number" = ${number}`);
  if (!row) return null;
  const link = statusTokenPair(row.id, row.statusLinkVersion);
  return { view: statusViewOf(row), token: link.tokenHash === row.statusTokenHash ? link.token : null };
}

/** The status view one applicant of a case sees. */
function statusViewOf(found: TStatusRow): TStatusView {
  const applicant = found;
  const events = found.events
    .filter((event) => {
      if (event.kind === "FILED") return applicant.isPrimary;
      return SHARED_EVENTS.includes(event.kind) || event.applicantId === applicant.id;
    })
    .map(({ applicantId, data, ...event }) => ({
      ...event,
      facts: statusEventFacts({ ...event, data }),
      isOwn: applicantId === applicant.id || (event.kind === "FILED" && applicant.isPrimary),
    }));
  const isAnswered = found.status === "ANSWERED" || found.status === "CLOSED";
  return {
    caseId: found.caseId,
    applicantId: applicant.id,
    number: found.number,
    type: found.type,
    status: found.status,
    createdAt: found.createdAt,
    dueAt: found.dueAt,
    pausedAt: found.pausedAt,
    timeZone: caseTimeZone(found.office),
    topic: found.topic,
    office: found.office ? { postcode: found.office.postcode, name: found.office.name } : null,
    trackingNumber: found.trackingNumber,
    forwardedTo: found.forwardedTo,
    firstName: applicant.firstName,
    events,
    answerRating: found.answerRating,
    canAddInformation: isOpenToAdditions(found.status),
    canRateAnswer: isAnswered && found.answerRating === null,
    canReissueLink: applicant.email !== "",
  };
}
