import "server-only";

import { db } from "@/lib/db";

export type TStaffRow = Awaited<ReturnType<typeof listStaff>>[number];

/** Every staff account for the admin's list, newest first. */
export async function listStaff() {
  const rows = await db.staffUser.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isDisabled: true,
      passwordHash: true,
      totpEnabledAt: true,
      lastSignInAt: true,
      offices: { select: { officePostcode: true } },
    },
  });
  return rows.map(({ passwordHash, offices, ...row }) => ({
    ...row,
    hasPassword: passwordHash !== null,
    offices: offices.map((office) => office.officePostcode),
  }));
}
