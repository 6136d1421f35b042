import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { hashLinkToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";

import { createCase, FILED_STATUS, fullName, type TCaseOffice, type TNewCase } from "./create-case";
import { deadlineRuleFor } from "./deadlines";
import { limitFiling, newFiling, type TFiledCase, type TFilingContext } from "./filing";
import type { TRateOffice } from "./schemas";

/**
 * How long a second rating of the same office from the same browser corrects the first instead of filing a
 * case of its own: long enough for "I meant 4, not 2" after a visit, short enough that a later visit counts.
 */
export const RATING_REPEAT_WINDOW_MINUTES = 30;

/** A rating as filed, or as an earlier one corrected (the same case number and status link). */
export type TRatedOffice = TFiledCase & { isUpdate: boolean };

/** The office by postcode, or a field error on the form's office. */
export async function officeOf(postcode: string) {
  const office = await db.office.findUnique({
    where: { postcode },
    select: { postcode: true, name: true, region: true, timeZone: true, contactEmail: true },
  });
  if (!office) throw new ActionError("NOT_FOUND", "offices.unknown", {}, "officePostcode");
  return office;
}

/**
 * A case about an office from a visitor, who may leave out their name and address: "—" stands for a name
 * not given (the first word typed is the last name), an empty address for none.
 */
export function visitorCase(
  type: "RATING" | "QUEUE_REPORT",
  office: TCaseOffice,
  input: { comment?: string; name?: string; email?: string },
  ctx: TFilingContext,
): TNewCase {
  const [lastName = "—", firstName = "—"] = (input.name ?? "").split(/\s+/).filter(Boolean);
  return {
    type,
    channel: ctx.channel,
    rule: deadlineRuleFor({ type }),
    text: input.comment ?? "",
    office,
    applicant: {
      lastName,
      firstName,
      email: input.email ?? "",
      role: "APPLICANT",
      locale: ctx.locale,
      memberId: ctx.memberId,
    },
  };
}

/**
 * The browser's own rating of this office within the window, still as filed (staff have not taken it up),
 * found by the status tokens the browser holds (rememberRating) — never by the client's address, which a
 * whole office's Wi-Fi or a mobile network shares between strangers.
 */
async function earlierRating(postcode: string, tokens: readonly string[], now: Date) {
  if (tokens.length === 0) return null;
  const byHash = new Map(tokens.map((token) => [hashLinkToken(token), token]));
  const found = await db.caseApplicant.findFirst({
    where: {
      statusTokenHash: { in: [...byHash.keys()] },
      isPrimary: true,
      case: {
        type: "RATING",
        officePostcode: postcode,
        status: FILED_STATUS,
        createdAt: { gte: new Date(now.getTime() - RATING_REPEAT_WINDOW_MINUTES * 60_000) },
      },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, statusTokenHash: true, case: { select: { id: true, number: true } } },
  });
  return found && found.statusTokenHash ? { ...found, token: byHash.get(found.statusTokenHash)! } : null;
}

/**
 * The second rating replaces what the first said (score, employee or counter, comment); a name or address
 * it gives replaces the first's, one it leaves out keeps it. Nothing changes, and null is returned, when
 * staff took the case up in between.
 */
async function correctRating(
  earlier: NonNullable<Awaited<ReturnType<typeof earlierRating>>>,
  rating: TNewCase,
  input: TRateOffice,
  now: Date,
): Promise<TRatedOffice | null> {
  const { applicant } = rating;
  return db.$transaction(async (tx) => {
    const updated = await tx.case.updateMany({
      where: { id: earlier.case.id, status: FILED_STATUS },
      data: {
        ratingScore: input.score,
        ratingSubject: input.subject ?? null,
        text: rating.text,
        updatedAt: now,
        ...(input.name ? { applicantName: fullName(applicant) } : {}),
        ...(input.email ? { applicantEmail: applicant.email } : {}),
      },
    });
    if (updated.count !== 1) return null;
    const given = {
      ...(input.name ? { lastName: applicant.lastName, firstName: applicant.firstName } : {}),
      ...(input.email ? { email: applicant.email } : {}),
    };
    if (Object.keys(given).length) await tx.caseApplicant.update({ where: { id: earlier.id }, data: given });
    return {
      caseNumber: earlier.case.number,
      statusToken: earlier.token,
      dueAt: null,
      isJoined: false,
      isNew: false,
      isUpdate: true,
    };
  });
}

/**
 * Records a rating of an office (and optionally of an employee or counter) as a case the office's staff
 * see. Anyone may rate; a name and email are optional, so the rating needs no status link email. A second
 * rating of the same office from the same browser within RATING_REPEAT_WINDOW_MINUTES corrects the first
 * (`earlierTokens`: the status tokens of the browser's recent ratings) instead of making a second case.
 */
export async function rateOffice(
  input: TRateOffice,
  ctx: TFilingContext,
  { earlierTokens = [], now = new Date() }: { earlierTokens?: readonly string[]; now?: Date } = {},
): Promise<TRatedOffice> {
  await limitFiling(ctx, input.email);
  const office = await officeOf(input.officePostcode);
  const rating = visitorCase("RATING", office, input, ctx);
  const earlier = await earlierRating(office.postcode, earlierTokens, now);
  const corrected = earlier ? await correctRating(earlier, rating, input, now) : null;
  if (corrected) return corrected;
  return db.$transaction(async (tx) => {
    const created = await createCase(tx, { ...rating, ratingScore: input.score, ratingSubject: input.subject });
    return { ...newFiling(created), isUpdate: false };
  });
}
