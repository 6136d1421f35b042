import "server-only";

import { db } from "@/lib/db";
import { memberEventData } from "@/lib/events/queries";
import { memberIdeaData } from "@/lib/ideas/ideas";

/** Everything stored about a member, for the data export (152-ФЗ, art. 14). */
export async function exportMemberData(memberId: string) {
  const member = await db.member.findUniqueOrThrow({ where: { id: memberId } });
  const [applications, points, purchases, redemptions, cases, surveyResponses] = await Promise.all([
    db.membershipApplication.findMany({
      where: { OR: [{ memberId }, { email: member.email }] },
      omit: { confirmTokenHash: true },
      orderBy: { createdAt: "asc" },
    }),
    db.pointsEntry.findMany({ where: { memberId }, orderBy: { createdAt: "asc" } }),
    db.purchase.findMany({ where: { memberId }, orderBy: { purchasedAt: "asc" } }),
    db.redemption.findMany({
      where: { memberId },
      include: { reward: { select: { title: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.caseApplicant.findMany({
      where: { memberId },
      omit: { statusTokenHash: true, idempotencyKey: true, idempotencyHash: true },
      include: { case: { select: { number: true, type: true, status: true, createdAt: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.surveyResponse.findMany({
      where: { memberId },
      select: {
        status: true,
        answers: true,
        region: true,
        ageBand: true,
        services: true,
        submittedAt: true,
        survey: { select: { title: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const [eventRegistrations, ideas] = await Promise.all([memberEventData(memberId), memberIdeaData(memberId)]);
  const profile: Partial<typeof member> = { ...member };
  delete profile.sessionVersion;
  return {
    exportedAt: new Date().toISOString(),
    member: profile,
    balance: points.reduce((sum, entry) => sum + entry.points, 0),
    applications,
    points,
    purchases,
    redemptions,
    cases,
    surveyResponses,
    eventRegistrations,
    ideas,
  };
}
