import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { officeScope, rolesWith } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/**
 * What the filter bar's lists offer. Offices: an office head's own; others pick any office by postcode (the
 * directory has 60,000 offices, too many for a list). Regions come from the directory's index.
 */
export async function loadFilterOptions(user: TStaffUser) {
  const ownOffices = officeScope(user);
  const [topics, staff, regions, offices] = await Promise.all([
    db.topic.findMany({
      select: { id: true, nameRu: true, nameEn: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    db.staffUser.findMany({
      where: { isDisabled: false, role: { in: rolesWith("case.work") } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 500,
    }),
    // DISTINCT in SQL, over office_region_idx, rather than Prisma reading every office and deduplicating.
    db.$queryRaw<{ region: string }[]>`SELECT DISTINCT "region" FROM "Office" ORDER BY "region"`,
    ownOffices
      ? db.office.findMany({ where: { postcode: { in: ownOffices } }, select: { postcode: true, name: true } })
      : Promise.resolve(null),
  ]);
  return { topics, staff, regions: regions.map((row) => row.region), offices };
}

export type TFilterOptions = Awaited<ReturnType<typeof loadFilterOptions>>;
