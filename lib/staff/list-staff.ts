import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What the admin's staff pages show of an account, in the list and on its own page. */
export const STAFF_SUMMARY_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  isDisabled: true,
  totpEnabledAt: true,
  lastSignInAt: true,
} as const satisfies Prisma.StaffUserSelect;

export type TStaffRow = Awaited<ReturnType<typeof listStaff>>[number];

/** Every staff account for the admin's list, newest first. */
export async function listStaff() {
  const rows = await db.staffUser.findMany({
    orderBy: { createdAt: "desc" },
    select: { ...STAFF_SUMMARY_SELECT, passwordHash: true, offices: { select: { officePostcode: true } } },
  });
  return rows.map(({ passwordHash, offices, ...row }) => ({
    ...row,
    hasPassword: passwordHash !== null,
    offices: offices.map((office) => office.officePostcode),
  }));
}
