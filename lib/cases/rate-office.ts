import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";

import { createCase, type TCaseOffice, type TNewCase } from "./create-case";
import { deadlineRuleFor } from "./deadlines";
import { limitFiling, newFiling, type TFiledCase, type TFilingContext } from "./filing";
import type { TRateOffice } from "./schemas";

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
 * Records a rating of an office (and optionally of an employee or counter) as a case the office's staff
 * see. Anyone may rate; a name and email are optional, so the rating needs no status link email.
 */
export async function rateOffice(input: TRateOffice, ctx: TFilingContext): Promise<TFiledCase> {
  await limitFiling(ctx, input.email);
  const office = await officeOf(input.officePostcode);
  return db.$transaction(async (tx) => {
    const created = await createCase(tx, {
      ...visitorCase("RATING", office, input, ctx),
      ratingScore: input.score,
      ratingSubject: input.subject,
    });
    return newFiling(created);
  });
}
