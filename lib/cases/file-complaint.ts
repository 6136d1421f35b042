import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { attachmentRowsFor } from "@/lib/attachments";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { greetingName } from "@/lib/i18n/person-name";
import { caseTimeZone } from "@/lib/offices/region-time-zone";

import { createCase } from "./create-case";
import {
  fileOnce,
  formatDueDate,
  newFiling,
  statusUrl,
  withStoredFiles,
  type TFiledCase,
  type TFilingContext,
} from "./filing";
import { findComplaintContext, type TComplaintContext } from "./filing-context";
import type { TFileComplaint } from "./schemas";
import { resendSimilarLink, type TSimilarCase } from "./similar-complaint";

/** A filed complaint, and the filer's similar recent one when there is one (its link is sent again). */
export type TFiledComplaint = TFiledCase & { similar?: TSimilarCase };

/**
 * Files a complaint or appeal: a registered case with its legal deadline, the applicant's status link,
 * the files, and the confirmation email — all or nothing. The same idempotency key twice files
 * one case; with a different complaint it files nothing and says so. A complaint like one the filer sent
 * in the last days is filed all the same (nothing is lost), and the earlier one's link is sent again.
 * `context` is what complaintContextSql read for it in a statement of the caller's (the API's key check);
 * without it, it is read here.
 */
export async function fileComplaint(
  input: TFileComplaint,
  ctx: TFilingContext,
  context?: TComplaintContext,
): Promise<TFiledComplaint> {
  return fileOnce("COMPLAINT", input, ctx, async (idempotency) => {
    const { topicId, office, similar } = context ?? (await findComplaintContext(input));
    if (!topicId) throw new ActionError("NOT_FOUND", "validation.topicRequired", {}, "topic");
    if (input.officePostcode && !office) throw new ActionError("NOT_FOUND", "offices.unknown", {}, "officePostcode");

    return withStoredFiles(ctx.files, (stored) => {
      const file = async (tx: Prisma.TransactionClient): Promise<TFiledComplaint> => {
        const created = await createCase(
          tx,
          {
            type: "COMPLAINT",
            channel: ctx.channel,
            rule: "APPEAL",
            text: input.text,
            topicId,
            office,
            trackingNumber: input.trackingNumber,
            idempotency,
            applicant: { ...input, role: "APPLICANT", locale: ctx.locale, memberId: ctx.memberId },
          },
          ({ statusToken, dueAt }) => ({
            message: {
              template: "case-filed",
              to: input.email,
              locale: ctx.locale,
              data: {
                name: greetingName(input),
                kind: "COMPLAINT",
                statusUrl: statusUrl(statusToken),
                dueDate: formatDueDate(dueAt, caseTimeZone(office), ctx.locale),
                isJoined: false,
              },
            },
          }),
        );
        if (stored.length)
          await tx.attachment.createMany({ data: attachmentRowsFor(stored, created.caseId, created.eventId) });
        return similar ? { ...newFiling(created), similar: await resendSimilarLink(tx, similar) } : newFiling(created);
      };
      // Without files or a link to send again, the one statement of createCase is the whole filing, and needs
      // no transaction around it.
      return stored.length || similar ? db.$transaction(file) : file(db);
    });
  });
}
