import "server-only";

import { db } from "@/lib/db";

import { toOfficeSummary, type TOfficeSummary } from "./office-summary";

export type { TOfficeSummary } from "./office-summary";

/** The office with this postcode, or null when the directory has none (or the postcode is malformed). */
export async function findOffice(postcode: string): Promise<TOfficeSummary | null> {
  if (!/^\d{6}$/.test(postcode)) return null;
  const office = await db.office.findUnique({
    where: { postcode },
    select: {
      postcode: true,
      name: true,
      type: true,
      region: true,
      autonomousOkrug: true,
      area: true,
      city: true,
      settlement: true,
      timeZone: true,
    },
  });
  return office ? toOfficeSummary(office) : null;
}
