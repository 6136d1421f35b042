import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";
import { awardActivityPoints } from "@/lib/loyalty/award-activity-points";

/**
 * Marks (or unmarks) that a member with a place came. Coming earns the MEETING_ATTENDED points once per
 * registration; unmarking a mistake does not take points back (staff adjust points with a reason).
 */
export async function markAttendance(input: { registrationId: string; isAttended: boolean }, now = new Date()) {
  const registration = await db.eventRegistration.findUnique({
    where: { id: input.registrationId },
    select: { id: true, status: true, memberId: true },
  });
  if (!registration) throw new ActionError("NOT_FOUND", "events.errors.notFound");
  if (registration.status !== "ACCEPTED") throw new ActionError("CONFLICT", "events.errors.notAccepted");
  await db.eventRegistration.update({
    where: { id: registration.id },
    data: { attendedAt: input.isAttended ? now : null },
  });
  if (!input.isAttended) return { points: 0 };
  // After the mark is saved: the award is idempotent by the registration, so a retry never pays twice.
  const award = await awardActivityPoints({
    memberId: registration.memberId,
    activity: "MEETING_ATTENDED",
    reference: registration.id,
  });
  return { points: award.points };
}

/** Staff enter the code a member shows at the door. */
export async function checkInByCode(input: { eventId: string; code: string }, now = new Date()) {
  const registration = await db.eventRegistration.findUnique({
    where: { eventId_checkInCode: { eventId: input.eventId, checkInCode: input.code } },
    select: { id: true, status: true, attendedAt: true, member: { select: { firstName: true, lastName: true } } },
  });
  if (!registration || registration.status !== "ACCEPTED")
    throw new ActionError("NOT_FOUND", "events.errors.codeUnknown", {}, "code");
  const { points } = await markAttendance(
    { registrationId: registration.id, isAttended: true },
    registration.attendedAt ?? now,
  );
  return { name: `${registration.member.firstName} ${registration.member.lastName}`, points };
}
