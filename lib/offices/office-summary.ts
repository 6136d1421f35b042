/** What the public desk shows of an office: where it is, and the zone its deadlines count in. */
export type TOfficeSummary = {
  postcode: string;
  name: string;
  type: string;
  region: string;
  area: string | null;
  city: string | null;
  settlement: string | null;
  timeZone: string;
  /** E.g. "420111, Татарстан Республика, Казань"; the directory holds no street addresses. */
  addressLine: string;
};

type TOfficeRow = Omit<TOfficeSummary, "addressLine"> & { autonomousOkrug: string | null };

/**
 * The office as the public sees it. Autonomous okrugs come with an empty region in the directory, so the
 * okrug stands in for it. Parts that repeat (Москва, Москва) are said once.
 */
export function toOfficeSummary(office: TOfficeRow): TOfficeSummary {
  const region = office.region || office.autonomousOkrug || "";
  const parts = [
    office.postcode,
    region,
    office.region ? office.autonomousOkrug : null,
    office.area,
    office.city,
    office.settlement,
  ];
  const address: string[] = [];
  for (const part of parts) {
    const text = part?.trim();
    if (text && !address.some((kept) => kept.toLowerCase() === text.toLowerCase())) address.push(text);
  }
  return {
    postcode: office.postcode,
    name: office.name,
    type: office.type,
    region,
    area: office.area,
    city: office.city,
    settlement: office.settlement,
    timeZone: office.timeZone,
    addressLine: address.join(", "),
  };
}
