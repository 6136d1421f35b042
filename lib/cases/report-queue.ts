import "server-only";

import { appUrl, getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { formatDate } from "@/lib/i18n/format-date";

import { createCase } from "./create-case";
import { limitFiling, newFiling, type TFiledCase, type TFilingContext } from "./filing";
import { officeOf, visitorCase } from "./rate-office";
import type { TReportQueue } from "./schemas";

/**
 * "More than 5 people in the queue": a case routed to the office, and an email to the office's contact
 * (or the fallback address when the office has none), as the hotline does.
 */
export async function reportQueue(input: TReportQueue, ctx: TFilingContext): Promise<TFiledCase> {
  await limitFiling(ctx, undefined);
  const office = await officeOf(input.officePostcode);
  const reportedAt = new Date();
  const to = office.contactEmail ?? getConfig().QUEUE_REPORT_FALLBACK_EMAIL;
  return db.$transaction(async (tx) => {
    // A queue report names no one: the applicant is "—" with no address.
    const created = await createCase(tx, visitorCase("QUEUE_REPORT", office, { comment: input.comment }, ctx));
    if (to) {
      await enqueueEmail(tx, {
        template: "queue-report",
        to,
        locale: "ru",
        data: {
          caseNumber: created.number,
          officeName: office.name,
          officePostcode: office.postcode,
          reportedAt: formatDate(reportedAt, "ru", {
            dateStyle: "short",
            timeStyle: "short",
            timeZone: office.timeZone,
          }),
          comment: input.comment ?? null,
          consoleUrl: `${appUrl()}/console`,
        },
      });
    }
    return newFiling(created);
  });
}
