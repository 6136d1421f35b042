import "server-only";

import { applicantAttachmentsWhere } from "@/lib/attachments/find-attachment";
import { hashLinkToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { normalizeMailbox } from "@/lib/email/mailbox-key";
import type { CaseEventKind, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";
import { caseTimeZone } from "@/lib/offices/region-time-zone";

export type TStatusEvent = {
  id: string;
  kind: CaseEventKind;
  createdAt: Date;
  body: string | null;
  isOwn: boolean;
  attachments: { id: string; fileName: string; size: number; contentType: string }[];
};

export type TStatusView = {
  caseId: string;
  applicantId: string;
  number: string;
  type: CaseType;
  status: CaseStatus;
  createdAt: Date;
  dueAt: Date;
  timeZone: string;
  topic: { nameRu: string; nameEn: string } | null;
  office: { postcode: string; name: string } | null;
  trackingNumber: string | null;
  firstName: string;
  events: TStatusEvent[];
  answerRating: number | null;
  canAddInformation: boolean;
  canRateAnswer: boolean;
};

/** Events every applicant of the case sees; their own comments they see too, never another applicant's. */
const SHARED_EVENTS: CaseEventKind[] = ["FILED", "STATUS_CHANGED", "PUBLIC_REPLY", "DEADLINE_EXTENDED"];

/** The applicant a status-link token belongs to, or null. Only the token's hash is looked up. */
export async function applicantByToken(token: string) {
  return db.caseApplicant.findUnique({
    where: { statusTokenHash: hashLinkToken(token) },
    select: { id: true, caseId: true, firstName: true, isPrimary: true, email: true, memberId: true },
  });
}

/** The club member looking at a status page while signed in. */
export type TStatusViewer = { memberId: string; email: string };

/**
 * A member signed in who opens the status link of a filing to their own mailbox takes it into their
 * account: the link came in the email to that address. A case merely filed with a member's address stays
 * out of their account until then, and one another member filed stays that member's.
 */
async function linkToViewer(applicant: { id: string; email: string; memberId: string | null }, viewer: TStatusViewer): Promise<void> {
  if (applicant.memberId || applicant.email === "" || normalizeMailbox(applicant.email) !== normalizeMailbox(viewer.email)) return;
  await db.caseApplicant.updateMany({ where: { id: applicant.id, memberId: null }, data: { memberId: viewer.memberId } });
}

/** What the secret status link shows: the case, its public history and the applicant's own additions. */
export async function findStatusView(token: string, viewer?: TStatusViewer | null): Promise<TStatusView | null> {
  const applicant = await applicantByToken(token);
  if (!applicant) return null;
  if (viewer) await linkToViewer(applicant, viewer);
  const found = await db.case.findUniqueOrThrow({
    where: { id: applicant.caseId },
    select: {
      id: true,
      number: true,
      type: true,
      status: true,
      createdAt: true,
      dueAt: true,
      trackingNumber: true,
      answerRating: true,
      topic: { select: { nameRu: true, nameEn: true } },
      office: { select: { postcode: true, name: true, timeZone: true } },
      events: {
        where: { isPublic: true },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          createdAt: true,
          body: true,
          applicantId: true,
          attachments: { where: applicantAttachmentsWhere(applicant), select: { id: true, fileName: true, size: true, contentType: true } },
        },
      },
    },
  });
  const events = found.events
    .filter((event) => {
      if (event.kind === "FILED") return applicant.isPrimary;
      return SHARED_EVENTS.includes(event.kind) || event.applicantId === applicant.id;
    })
    .map(({ applicantId, ...event }) => ({ ...event, isOwn: applicantId === applicant.id || (event.kind === "FILED" && applicant.isPrimary) }));
  const isAnswered = found.status === "ANSWERED" || found.status === "CLOSED";
  return {
    caseId: found.id,
    applicantId: applicant.id,
    number: found.number,
    type: found.type,
    status: found.status,
    createdAt: found.createdAt,
    dueAt: found.dueAt,
    timeZone: caseTimeZone(found.office),
    topic: found.topic,
    office: found.office ? { postcode: found.office.postcode, name: found.office.name } : null,
    trackingNumber: found.trackingNumber,
    firstName: applicant.firstName,
    events,
    answerRating: found.answerRating,
    canAddInformation: found.status !== "CLOSED",
    canRateAnswer: isAnswered && found.answerRating === null,
  };
}
