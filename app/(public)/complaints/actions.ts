"use server";

import { defineAction } from "@/lib/action/define-action";
import { formAction } from "@/lib/action/form-action";
import { ZFormFields, ZSubmission } from "@/lib/action/submission";
import { getCurrentUser } from "@/lib/auth/current-user";
import { fileClaim } from "@/lib/cases/file-claim";
import { fileComplaint } from "@/lib/cases/file-complaint";
import type { TFilingContext } from "@/lib/cases/filing";
import { inspectOrFail } from "@/lib/cases/inspect-or-fail";
import { rateOfficeFromBrowser } from "@/lib/cases/rate-office-cookie";
import { toReceipt } from "@/lib/cases/receipt";
import { reportQueue } from "@/lib/cases/report-queue";
import { ZFileClaim, ZFileComplaint, ZRateOffice, ZReportQueue } from "@/lib/cases/schemas";
import { requestContext } from "@/lib/http/request-context";

// Filing is open to anyone: no account is needed. Abuse is held off by the honeypot in the schemas, limits
// per client address and email, and the idempotency key. A club member signed in files as themselves: the
// case shows in their account.
const anyone = async (): Promise<{ memberId?: string }> => {
  const user = await getCurrentUser();
  return user?.kind === "member" ? { memberId: user.id } : {};
};

/** A filing from the site: the request's address and language, and the member filing, if any. */
async function fromWeb(filer: { memberId?: string }): Promise<TFilingContext> {
  return { channel: "WEB", ...(await requestContext()), ...filer };
}

// Complaints and claims carry files (checked before anything is stored) and an idempotency key.
export const fileComplaintAction = defineAction({
  name: "fileComplaint",
  schema: ZSubmission(ZFileComplaint),
  authorize: anyone,
  run: async ({ idempotencyKey, files, ...input }, filer) =>
    toReceipt(
      await fileComplaint(input, { ...(await fromWeb(filer)), idempotencyKey, files: await inspectOrFail(files) }),
    ),
});

export const fileClaimAction = defineAction({
  name: "fileClaim",
  schema: ZSubmission(ZFileClaim),
  authorize: anyone,
  run: async ({ idempotencyKey, files, ...input }, filer) =>
    toReceipt(await fileClaim(input, { ...(await fromWeb(filer)), idempotencyKey, files: await inspectOrFail(files) })),
});

// The same two as the forms post them (useActionState): with or without scripts, the receipt or the errors
// with what was typed; the receipt names the email the link went to.
export const fileComplaintForm = formAction(fileComplaintAction, { keep: ["email"] });
export const fileClaimForm = formAction(fileClaimAction, { keep: ["email"] });

export const rateOfficeAction = defineAction({
  name: "rateOffice",
  schema: ZFormFields(ZRateOffice),
  authorize: anyone,
  // A second rating of the same office from this browser soon after corrects the first (rateOffice).
  run: async (input, filer) => toReceipt(await rateOfficeFromBrowser(input, await fromWeb(filer))),
});

export const reportQueueAction = defineAction({
  name: "reportQueue",
  schema: ZFormFields(ZReportQueue),
  authorize: anyone,
  run: async (input, filer) => toReceipt(await reportQueue(input, await fromWeb(filer))),
});

// The office forms as they post (useActionState): the thanks, or the errors with what was typed.
export const rateOfficeForm = formAction(rateOfficeAction);
export const reportQueueForm = formAction(reportQueueAction);
