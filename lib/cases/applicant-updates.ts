import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TInspectedFile } from "@/lib/attachments";
import {
  checkUploadAllowance,
  consumeUploadAllowance,
  overAllowance,
  uploadAllowance,
  UploadAllowanceTaken,
  type TUploadScope,
} from "@/lib/attachments/upload-allowance";
import { db } from "@/lib/db";

import { recordCustomerComment } from "./customer-comment";
import { isOpenToAdditions } from "./customer-status";
import { withStoredFiles } from "./filing";
import { MOVE_CASE_SELECT } from "./lifecycle/move-case";
import { applicantByToken } from "./status-view";

async function applicantOrFail(token: string) {
  const applicant = await applicantByToken(token);
  if (!applicant) throw new ActionError("NOT_FOUND", "status.notFound");
  return applicant;
}

/**
 * The applicant adds information or files while the case is open or answered: the case moves as any
 * writing of the customer moves it (recordCustomerComment) and shows as new from the customer. Files draw
 * on the day's upload allowance of the case and of the client (`ip`); files over it are refused with what
 * is left, and nothing of the request is kept.
 */
export async function addApplicantInformation(input: {
  token: string;
  text: string;
  files?: TInspectedFile[];
  ip?: string;
}) {
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
      const current = await tx.case.findUniqueOrThrow({ where: { id: applicant.caseId }, select: MOVE_CASE_SELECT });
      if (!isOpenToAdditions(current.status)) throw new ActionError("CONFLICT", "status.closed");
      await consumeUploadAllowance(tx, scope, files);
      const { eventId } = await recordCustomerComment(tx, current, {
        applicantId: applicant.id,
        channel: "WEB",
        body: text,
        stored,
        now: new Date(),
      });
      return { eventId };
    }),
  );
}
