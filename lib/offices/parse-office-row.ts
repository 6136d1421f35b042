/**
 * One row of the operator's office directory (columns Index, OPSName, OPSType, OPSSubm, Region, Autonom,
 * Area, City, City1, ActDate, IndexOld) as an office record.
 */
export type TOfficeRecord = {
  postcode: string;
  name: string;
  type: string;
  parentPostcode: string | null;
  region: string;
  autonomousOkrug: string | null;
  area: string | null;
  city: string | null;
  settlement: string | null;
  effectiveFrom: string | null;
  previousPostcode: string | null;
};

export const OFFICE_COLUMNS = [
  "Index",
  "OPSName",
  "OPSType",
  "OPSSubm",
  "Region",
  "Autonom",
  "Area",
  "City",
  "City1",
  "ActDate",
  "IndexOld",
] as const;

const POSTCODE = /^\d{6}$/;

function optional(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function postcodeOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && POSTCODE.test(trimmed) && trimmed !== "000000" ? trimmed : null;
}

/** YYYYMMDD as an ISO date, or null when absent or not a real date. */
function isoDate(value: string | undefined): string | null {
  const match = value?.trim().match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

export class OfficeRowError extends Error {}

export function parseOfficeRow(row: Record<string, string>): TOfficeRecord {
  const postcode = row.Index?.trim() ?? "";
  if (!POSTCODE.test(postcode)) throw new OfficeRowError(`postcode "${postcode}" is not 6 digits`);
  const name = optional(row.OPSName);
  if (!name) throw new OfficeRowError(`office ${postcode} has no name`);
  return {
    postcode,
    name,
    type: optional(row.OPSType) ?? "",
    parentPostcode: postcodeOrNull(row.OPSSubm),
    region: optional(row.Region) ?? "",
    autonomousOkrug: optional(row.Autonom),
    area: optional(row.Area),
    city: optional(row.City),
    settlement: optional(row.City1),
    effectiveFrom: isoDate(row.ActDate),
    previousPostcode: postcodeOrNull(row.IndexOld),
  };
}
