import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { attachmentRowsFor } from "@/lib/attachments";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";

import { createCase, fullName } from "./create-case";
import {
  findReplay,
  formatDueDate,
  isIdempotencyConflict,
  limitFiling,
  statusUrl,
  type TFiledCase,
  type TFilingContext,
  withStoredFiles,
} from "./filing";
import type { TFileComplaint } from "./schemas";

/**
 * Files a complaint or appeal: a registered case with its legal deadline, the applicant's status link,
 * the files, and the confirmation email — all in one transaction. The same idempotency key twice files
 * one case.
 */
export async function fileComplaint(input: TFileComplaint, ctx: TFilingContext): Promise<TFiledCase> {
  const replay = await findReplay(ctx.idempotencyKey);
  if (replay) return replay;
  await limitFiling(ctx, input.email);

  const [topic, office] = await Promise.all([
    db.topic.findFirst({ where: { code: input.topic, isActive: true }, select: { id: true } }),
    input.officePostcode
      ? db.office.findUnique({ where: { postcode: input.officePostcode }, select: { postcode: true, region: true, timeZone: true } })
      : null,
  ]);
  if (!topic) throw new ActionError("NOT_FOUND", "validation.topicRequired", {}, "topic");
  if (input.officePostcode && !office) throw new ActionError("NOT_FOUND", "offices.unknown", {}, "officePostcode");

  try {
    return await withStoredFiles(ctx.files, (stored) =>
      db.$transaction(async (tx) => {
        const created = await createCase(tx, {
          type: "COMPLAINT",
          channel: ctx.channel,
          rule: "APPEAL",
          text: input.text,
          topicId: topic.id,
          office,
          trackingNumber: input.trackingNumber,
          idempotencyKey: ctx.idempotencyKey,
          applicant: { ...input, role: "APPLICANT", locale: ctx.locale },
        });
        if (stored.length) await tx.attachment.createMany({ data: attachmentRowsFor(stored, created.caseId, created.eventId) });
        await enqueueEmail(tx, {
          template: "case-filed",
          to: input.email,
          locale: ctx.locale,
          data: {
            name: fullName(input),
            caseNumber: created.number,
            kind: "COMPLAINT",
            statusUrl: statusUrl(created.statusToken),
            dueDate: formatDueDate(created.dueAt, office?.timeZone ?? "Europe/Moscow", ctx.locale),
            isJoined: false,
          },
        });
        return { caseNumber: created.number, statusToken: created.statusToken, dueAt: created.dueAt, isJoined: false, isNew: true };
      }),
    );
  } catch (error) {
    // Two identical submissions racing: the loser answers with the winner's case.
    if (isIdempotencyConflict(error)) {
      const winner = await findReplay(ctx.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}
