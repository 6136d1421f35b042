import "server-only";

import { db } from "@/lib/db";
import { recentSecurityEvents } from "@/lib/security/security-events";

import { STAFF_SUMMARY_SELECT } from "./list-staff";

export type TStaffAccount = NonNullable<Awaited<ReturnType<typeof getStaffAccount>>>;

/** One staff account for the admin's page: who it is and its latest security events. */
export async function getStaffAccount(staffId: string) {
  const staff = await db.staffUser.findUnique({
    where: { id: staffId },
    select: STAFF_SUMMARY_SELECT,
  });
  if (!staff) return null;
  return { ...staff, events: await recentSecurityEvents(staff.id) };
}
