import "server-only";

import { createHash } from "node:crypto";

import { ActionError } from "@/lib/action/action-error";
import { discardUploads, type TInspectedFile } from "@/lib/attachments";
import {
  checkUploadAllowance,
  consumeUploadAllowance,
  overAllowance,
  uploadAllowance,
  UploadAllowanceTaken,
  type TUploadScope,
} from "@/lib/attachments/upload-allowance";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { recordCustomerComment, type TCustomerComment } from "./customer-comment";
import { isOpenToAdditions } from "./customer-status";
import { withStoredFiles } from "./filing";
import { MOVE_CASE_SELECT } from "./lifecycle/move-case";
import { applicantByToken } from "./status-view";

type TApplicant = { id: string; caseId: string };
type TSubmission = NonNullable<TCustomerComment["submission"]>;
type TAdded = { eventId: string };

async function applicantOrFail(token: string) {
  const applicant = await applicantByToken(token);
  if (!applicant) throw new ActionError("NOT_FOUND", "status.notFound");
  return applicant;
}

/**
 * The form's key with the fingerprint of what came with it. A repeat (a reload that posts the form again,
 * a double click, a retry after a lost answer) carries both; a comment changed before it was sent again is
 * a comment of its own, never dropped as a repeat of the first.
 */
function submissionOf(idempotencyKey: string | undefined, text: string, files: TInspectedFile[]) {
  if (!idempotencyKey) return undefined;
  const request = JSON.stringify([text, files.map((file) => [file.fileName, file.contentType, file.size])]);
  return { idempotencyKey, requestHash: createHash("sha256").update(request).digest("hex") };
}

/** The comment this applicant already added to the case with the same post, if any. */
async function earlierComment(
  client: Prisma.TransactionClient,
  applicant: TApplicant,
  submission: TSubmission | undefined,
): Promise<TAdded | null> {
  if (!submission) return null;
  const found = await client.caseEvent.findFirst({
    where: {
      caseId: applicant.caseId,
      applicantId: applicant.id,
      kind: "APPLICANT_COMMENT",
      AND: [
        { data: { path: ["idempotencyKey"], equals: submission.idempotencyKey } },
        { data: { path: ["requestHash"], equals: submission.requestHash } },
      ],
    },
    select: { id: true },
  });
  return found ? { eventId: found.id } : null;
}

/**
 * The applicant adds information or files while the case is open or answered: the case moves as any
 * writing of the customer moves it (recordCustomerComment) and shows as new from the customer. Files draw
 * on the day's upload allowance of the case and of the client (`ip`); files over it are refused with what
 * is left, and nothing of the request is kept. With the form's `idempotencyKey`, the same post made again
 * is answered with the comment it added, adding nothing and counting nothing; the key holds within the case.
 */
export async function addApplicantInformation(input: {
  token: string;
  text: string;
  files?: TInspectedFile[];
  ip?: string;
  idempotencyKey?: string;
}): Promise<TAdded> {
  const applicant = await applicantOrFail(input.token);
  const scope: TUploadScope = { caseId: applicant.caseId, ip: input.ip };
  const files = input.files ?? [];
  const submission = submissionOf(input.idempotencyKey, input.text, files);
  // Before the allowance, so the repeat of a post that took the day's last files is not refused.
  const earlier = await earlierComment(db, applicant, submission);
  if (earlier) return earlier;
  try {
    // Checked before the files are stored, so a request over the allowance costs no storage; counted below.
    await checkUploadAllowance(scope, files);
  } catch (error) {
    // The first of two posts made at once may have just taken the allowance: the second is its repeat.
    const first = await earlierComment(db, applicant, submission);
    if (first) return first;
    throw error;
  }
  try {
    return await addInformation(applicant, input.text, files, scope, submission);
  } catch (error) {
    if (error instanceof UploadAllowanceTaken) throw await overAllowance(await uploadAllowance(scope));
    throw error;
  }
}

async function addInformation(
  applicant: TApplicant,
  text: string,
  files: TInspectedFile[],
  scope: TUploadScope,
  submission: TSubmission | undefined,
): Promise<TAdded> {
  return withStoredFiles(files, async (stored) => {
    const added = await db.$transaction(async (tx) => {
      if (submission) {
        // Posts with the same key wait for each other here; the later one then sees what the first added.
        const lock = `${applicant.caseId}:${submission.idempotencyKey}`;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lock}::text, 0))`;
        const earlier = await earlierComment(tx, applicant, submission);
        if (earlier) return { ...earlier, isRepeat: true };
      }
      const current = await tx.case.findUniqueOrThrow({ where: { id: applicant.caseId }, select: MOVE_CASE_SELECT });
      if (!isOpenToAdditions(current.status)) throw new ActionError("CONFLICT", "status.closed");
      await consumeUploadAllowance(tx, scope, files);
      const { eventId } = await recordCustomerComment(tx, current, {
        applicantId: applicant.id,
        channel: "WEB",
        body: text,
        stored,
        now: new Date(),
        submission,
      });
      return { eventId, isRepeat: false };
    });
    // The repeat's own copies of the files belong to no comment.
    if (added.isRepeat) await discardUploads(stored);
    return { eventId: added.eventId };
  });
}
