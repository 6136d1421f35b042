import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { attachmentRowsFor, type TStoredUpload } from "@/lib/attachments";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { enqueueEmail } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { greetingName } from "@/lib/i18n/person-name";
import { caseTimeZone } from "@/lib/offices/region-time-zone";
import { recognizeTrackingNumber } from "@/lib/tracking/recognize-tracking-number";

import { applicantData, createCase, type TCaseOffice, type TIdempotency, type TNewApplicant } from "./create-case";
import { deadlineRuleFor } from "./deadlines";
import { fileOnce, formatDueDate, statusUrl, withStoredFiles, type TFiledCase, type TFilingContext } from "./filing";
import type { TFileClaim } from "./schemas";

/** The office a claim belongs to: the accepting office named, or the one encoded in a domestic number. */
async function routingOffice(claim: TFileClaim): Promise<TCaseOffice | null> {
  const recognised = recognizeTrackingNumber(claim.trackingNumber);
  const postcode =
    claim.acceptanceOfficePostcode ?? (recognised.kind === "DOMESTIC" ? recognised.officePostcode : undefined);
  if (!postcode) return null;
  const office = await db.office.findUnique({
    where: { postcode },
    select: { postcode: true, region: true, timeZone: true },
  });
  if (!office && claim.acceptanceOfficePostcode) {
    throw new ActionError("NOT_FOUND", "offices.unknown", {}, "acceptanceOfficePostcode");
  }
  return office;
}

function claimDetails(claim: TFileClaim): Omit<Prisma.ClaimDetailsUncheckedCreateInput, "caseId"> {
  return {
    direction: claim.direction,
    itemType: claim.itemType,
    itemCategory: claim.itemCategory,
    acceptedOn: new Date(`${claim.acceptedOn}T00:00:00Z`),
    acceptanceOfficePostcode: claim.acceptanceOfficePostcode,
    senderName: claim.senderName,
    senderAddress: claim.senderAddress,
    senderPostcode: claim.senderPostcode,
    addresseeName: claim.addresseeName,
    addresseeAddress: claim.addresseeAddress,
    addresseePostcode: claim.addresseePostcode,
    declaredValueKopecks: claim.declaredValue,
    codAmountKopecks: claim.codAmount,
    contents: claim.contents,
    problem: claim.problem,
    wish: claim.wish,
    payoutDetails: claim.payoutDetails,
    isSameSettlement: claim.isSameSettlement,
  };
}

/** What the claimant wrote, as the case's text: their own words, or a line built from the form. */
function claimText(claim: TFileClaim): string {
  return claim.text ?? `${claim.problem} · ${claim.itemType} · ${claim.trackingNumber}`;
}

async function fileOrJoin(
  claim: TFileClaim,
  ctx: TFilingContext,
  stored: TStoredUpload[],
  office: TCaseOffice | null,
  idempotency: TIdempotency | undefined,
): Promise<TFiledCase> {
  const applicant: TNewApplicant = { ...claim, role: claim.filerRole, locale: ctx.locale, memberId: ctx.memberId };
  return db.$transaction(async (tx) => {
    const open = await tx.openClaim.findUnique({
      where: { trackingNumber: claim.trackingNumber },
      select: { case: { select: { id: true, number: true, dueAt: true, office: { select: { timeZone: true } } } } },
    });
    let filed: {
      caseId: string;
      number: string;
      dueAt: Date | null;
      statusToken: string;
      eventId: string;
      timeZone: string;
    };
    if (open) {
      // One open claim per item: a second claimant joins it with a status link of their own.
      const { token, data } = applicantData(applicant, false, idempotency);
      await tx.caseApplicant.create({ data: { ...data, caseId: open.case.id }, select: { id: true } });
      const event = await tx.caseEvent.create({
        data: {
          caseId: open.case.id,
          kind: "APPLICANT_JOINED",
          isPublic: true,
          applicantId: data.id,
          body: claim.text,
        },
        select: { id: true },
      });
      filed = {
        caseId: open.case.id,
        number: open.case.number,
        dueAt: open.case.dueAt,
        statusToken: token,
        eventId: event.id,
        timeZone: caseTimeZone(open.case.office),
      };
    } else {
      const created = await createCase(tx, {
        type: "CLAIM",
        channel: ctx.channel,
        rule: deadlineRuleFor({ type: "CLAIM", direction: claim.direction, isSameSettlement: claim.isSameSettlement }),
        text: claimText(claim),
        office,
        trackingNumber: claim.trackingNumber,
        idempotency,
        applicant,
        claim: claimDetails(claim),
      });
      await tx.openClaim.create({ data: { trackingNumber: claim.trackingNumber, caseId: created.caseId } });
      filed = { ...created, timeZone: caseTimeZone(office) };
    }
    if (stored.length) await tx.attachment.createMany({ data: attachmentRowsFor(stored, filed.caseId, filed.eventId) });
    await enqueueEmail(tx, {
      template: "case-filed",
      to: claim.email,
      locale: ctx.locale,
      data: {
        name: greetingName(claim),
        caseNumber: filed.number,
        kind: "CLAIM",
        statusUrl: statusUrl(filed.statusToken),
        dueDate: formatDueDate(filed.dueAt, filed.timeZone, ctx.locale),
        isJoined: Boolean(open),
      },
    });
    return {
      caseNumber: filed.number,
      statusToken: filed.statusToken,
      dueAt: filed.dueAt,
      isJoined: Boolean(open),
      isNew: true,
    };
  });
}

/**
 * Files a search claim for a lost item — or, when a claim for the same tracking number is open, joins the
 * claimant to that case. Files, deadline and confirmation email go in the same transaction.
 */
export async function fileClaim(claim: TFileClaim, ctx: TFilingContext): Promise<TFiledCase> {
  return fileOnce("CLAIM", claim, ctx, async (idempotency) => {
    const office = await routingOffice(claim);
    return withStoredFiles(ctx.files, async (stored) => {
      try {
        return await fileOrJoin(claim, ctx, stored, office, idempotency);
      } catch (error) {
        // Another claim for the same item opened its case a moment ago: join it.
        // The driver adapter names the constraint (OpenClaim_pkey) rather than the column.
        if (isUniqueViolation(error, /OpenClaim|trackingNumber/))
          return fileOrJoin(claim, ctx, stored, office, idempotency);
        throw error;
      }
    });
  });
}
