import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { hashLinkToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { resolveLocale } from "@/lib/i18n/locales";
import { greetingName } from "@/lib/i18n/person-name";

import { caseReplyAddress, EMAIL_APPLICANT_SELECT } from "./applicant-emails";
import { statusUrl } from "./filing";
import { caseEventRow } from "./lifecycle/events";
import { statusTokenPair } from "./status-link";

/**
 * "I forwarded the link by mistake": the applicant holding `token` gets a new status link by email, to the
 * address of their filing — never on the page, where whoever holds the forwarded link would read it — and
 * the old link stops opening the case at once. The link version moves on, so every later email carries
 * the new link. Only the holder of the current link can ask, so a forwarded copy asked once is dead.
 */
export async function reissueStatusLink(token: string, now: Date = new Date()): Promise<void> {
  const oldHash = hashLinkToken(token);
  await db.$transaction(async (tx) => {
    const applicant = await tx.caseApplicant.findUnique({
      where: { statusTokenHash: oldHash },
      select: { ...EMAIL_APPLICANT_SELECT, case: { select: { id: true, number: true, replyToken: true } } },
    });
    if (!applicant) throw new ActionError("NOT_FOUND", "status.notFound");
    if (applicant.email === "") throw new ActionError("CONFLICT", "status.noAddress");
    const version = applicant.statusLinkVersion + 1;
    const link = statusTokenPair(applicant.id, version);
    // Conditional on the old hash: of two requests at once, one issues the link and the other finds none.
    const updated = await tx.caseApplicant.updateMany({
      where: { id: applicant.id, statusTokenHash: oldHash },
      data: { statusLinkVersion: version, statusTokenHash: link.tokenHash },
    });
    if (updated.count !== 1) throw new ActionError("NOT_FOUND", "status.notFound");
    await tx.caseEvent.create({
      data: caseEventRow(
        applicant.case.id,
        { kind: "LINK_REISSUED" },
        { kind: "customer", applicantId: applicant.id },
        now,
      ),
    });
    await enqueueEmail(
      tx,
      {
        template: "case-link",
        to: applicant.email,
        locale: resolveLocale(applicant.locale),
        data: { name: greetingName(applicant), caseNumber: applicant.case.number, statusUrl: statusUrl(link.token) },
      },
      { replyTo: await caseReplyAddress(tx, applicant.case) },
    );
  });
}
