"use server";

import { defineAction } from "@/lib/action/define-action";
import { ZSubmission } from "@/lib/action/submission";
import { getCurrentUser } from "@/lib/auth/current-user";
import { fileClaim } from "@/lib/cases/file-claim";
import { fileComplaint } from "@/lib/cases/file-complaint";
import { inspectOrFail } from "@/lib/cases/inspect-or-fail";
import { toReceipt } from "@/lib/cases/receipt";
import { rateOffice } from "@/lib/cases/rate-office";
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

export const fileComplaintAction = defineAction({
  name: "fileComplaint",
  schema: ZSubmission(ZFileComplaint),
  authorize: anyone,
  run: async ({ idempotencyKey, files, ...input }, filer) => {
    const context = await requestContext();
    const inspected = await inspectOrFail(files);
    return toReceipt(await fileComplaint(input, { channel: "WEB", ...context, ...filer, idempotencyKey, files: inspected }));
  },
});

export const fileClaimAction = defineAction({
  name: "fileClaim",
  schema: ZSubmission(ZFileClaim),
  authorize: anyone,
  run: async ({ idempotencyKey, files, ...input }, filer) => {
    const context = await requestContext();
    const inspected = await inspectOrFail(files);
    return toReceipt(await fileClaim(input, { channel: "WEB", ...context, ...filer, idempotencyKey, files: inspected }));
  },
});

export const rateOfficeAction = defineAction({
  name: "rateOffice",
  schema: ZRateOffice,
  authorize: anyone,
  run: async (input, filer) => toReceipt(await rateOffice(input, { channel: "WEB", ...(await requestContext()), ...filer })),
});

export const reportQueueAction = defineAction({
  name: "reportQueue",
  schema: ZReportQueue,
  authorize: anyone,
  run: async (input, filer) => toReceipt(await reportQueue(input, { channel: "WEB", ...(await requestContext()), ...filer })),
});
