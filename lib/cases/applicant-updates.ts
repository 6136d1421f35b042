import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { attachmentRowsFor, type TInspectedFile } from "@/lib/attachments";
import {
  checkUploadAllowance,
  consumeUploadAllowance,
  overAllowance,
  type TUploadScope,
  UploadAllowanceTaken,
  uploadAllowance,
} from "@/lib/attachments/upload-allowance";
import { db } from "@/lib/db";
import { resumeClock } from "@/lib/console-cases/status-flow";

import { isOpenToAdditions } from "./customer-status";
import { withStoredFiles } from "./filing";
import { applicantByToken } from "./status-view";

async function applicantOrFail(token: string) {
  const applicant = await applicantByToken(token);
  if (!applicant) throw new ActionError("NOT_FOUND", "status.notFound");
  return applicant;
}

/**
 * The applicant adds information or files while the case is open. A case waiting for the customer goes
 * back to work (its clock runs again). Files draw on the day's upload allowance of the case and of the
 * client (`ip`); files over it are refused with what is left, and nothing of the request is kept.
 */
export async function addApplicantInformation(input: { token: string; text: string; files?: TInspectedFile[]; ip?: string }) {
  const applicant = await applicantOrFail(input.token);
  const scope: TUploadScope = { caseId: applicant.caseId, ip: input.ip };
  const files = input.files ?? [];
  // Checked before the files are stored, so a request over the allowance costs no storage; counted below.
  await checkUploadAllowance(scope, files);
  try {
    return await addInformation(applicant, input.text, files, scope);
  } catch (error) {
    if (error instanceof UploadAllowanceTaken) throw await overAllowance(await uploadAllowance(scope));
    throw error;
  }
}

async function addInformation(
  applicant: { id: string; caseId: string },
  text: string,
  files: TInspectedFile[],
  scope: TUploadScope,
) {
  return withStoredFiles(files, (stored) =>
    db.$transaction(async (tx) => {
      const current = await tx.case.findUniqueOrThrow({
        where: { id: applicant.caseId },
        select: { status: true, dueAt: true, pausedAt: true },
      });
      if (!isOpenToAdditions(current.status)) throw new ActionError("CONFLICT", "status.closed");
      await consumeUploadAllowance(tx, scope, files);
      const event = await tx.caseEvent.create({
        data: { caseId: applicant.caseId, kind: "APPLICANT_COMMENT", isPublic: true, body: text, applicantId: applicant.id },
        select: { id: true, createdAt: true },
      });
      if (stored.length) await tx.attachment.createMany({ data: attachmentRowsFor(stored, applicant.caseId, event.id) });
      if (current.status === "WAITING_FOR_CUSTOMER") {
        // The same resume as the console's status change: the deadline moves on by the time the clock stood still.
        const clock = resumeClock({ dueAt: current.dueAt, pausedAt: current.pausedAt, now: event.createdAt });
        await tx.case.update({ where: { id: applicant.caseId }, data: { status: "IN_PROGRESS", ...clock } });
        await tx.caseEvent.create({
          data: {
            caseId: applicant.caseId,
            kind: "STATUS_CHANGED",
            applicantId: applicant.id,
            data: {
              from: current.status,
              to: "IN_PROGRESS",
              before: { status: current.status, dueAt: current.dueAt.toISOString(), pausedAt: current.pausedAt?.toISOString() ?? null },
              after: { status: "IN_PROGRESS", dueAt: clock.dueAt.toISOString(), pausedAt: null },
            },
          },
        });
      }
      return { eventId: event.id };
    }),
  );
}

/** Once answered, the applicant rates the answer, once. */
export async function rateAnswer(input: { token: string; score: number }) {
  const applicant = await applicantOrFail(input.token);
  return db.$transaction(async (tx) => {
    const rated = await tx.case.updateMany({
      where: { id: applicant.caseId, status: { in: ["ANSWERED", "CLOSED"] }, answerRating: null },
      data: { answerRating: input.score, answerRatedAt: new Date() },
    });
    if (rated.count !== 1) throw new ActionError("CONFLICT", "status.cannotRate");
    await tx.caseEvent.create({
      data: { caseId: applicant.caseId, kind: "ANSWER_RATED", isPublic: true, applicantId: applicant.id, data: { score: input.score } },
    });
    return { score: input.score };
  });
}
