"use server";

import { defineAction } from "@/lib/action/define-action";
import { ZSubmission } from "@/lib/action/submission";
import { fileClaim } from "@/lib/cases/file-claim";
import { fileComplaint } from "@/lib/cases/file-complaint";
import type { TFiledCase } from "@/lib/cases/filing";
import { inspectOrFail } from "@/lib/cases/inspect-or-fail";
import { rateOffice } from "@/lib/cases/rate-office";
import { reportQueue } from "@/lib/cases/report-queue";
import { ZFileClaim, ZFileComplaint, ZRateOffice, ZReportQueue } from "@/lib/cases/schemas";
import { requestContext } from "@/lib/http/request-context";

// Filing is open to anyone: no account is needed. Abuse is held off by the honeypot in the schemas, limits
// per client address and email, and the idempotency key.
const anyone = async () => null;

/** What the filer's browser is told: the number and their private status page. */
function receipt(filed: TFiledCase) {
  return {
    caseNumber: filed.caseNumber,
    statusPath: filed.statusToken ? `/status/${filed.statusToken}` : null,
    dueAt: filed.dueAt.toISOString(),
    isJoined: filed.isJoined,
  };
}
export type TReceipt = ReturnType<typeof receipt>;

export const fileComplaintAction = defineAction({
  name: "fileComplaint",
  schema: ZSubmission(ZFileComplaint),
  authorize: anyone,
  run: async ({ idempotencyKey, files, ...input }) => {
    const context = await requestContext();
    const inspected = await inspectOrFail(files);
    return receipt(await fileComplaint(input, { channel: "WEB", ...context, idempotencyKey, files: inspected }));
  },
});

export const fileClaimAction = defineAction({
  name: "fileClaim",
  schema: ZSubmission(ZFileClaim),
  authorize: anyone,
  run: async ({ idempotencyKey, files, ...input }) => {
    const context = await requestContext();
    const inspected = await inspectOrFail(files);
    return receipt(await fileClaim(input, { channel: "WEB", ...context, idempotencyKey, files: inspected }));
  },
});

export const rateOfficeAction = defineAction({
  name: "rateOffice",
  schema: ZRateOffice,
  authorize: anyone,
  run: async (input) => receipt(await rateOffice(input, { channel: "WEB", ...(await requestContext()) })),
});

export const reportQueueAction = defineAction({
  name: "reportQueue",
  schema: ZReportQueue,
  authorize: anyone,
  run: async (input) => receipt(await reportQueue(input, { channel: "WEB", ...(await requestContext()) })),
});
