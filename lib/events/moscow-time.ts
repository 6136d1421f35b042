// Staff enter event times in Moscow time (UTC+3 all year, no daylight saving since 2014), so the form reads
// the same on the server and in any browser, whatever their time zones. Stored times are UTC.

const OFFSET_MS = 3 * 60 * 60 * 1000;

/** A UTC instant as the value of a datetime-local field in Moscow time: "2026-12-03T18:00". */
export function toMoscowInput(value: Date | string): string {
  return new Date(new Date(value).getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local value in Moscow time as an ISO instant; anything else is passed on for the schema to refuse. */
export function fromMoscowInput(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return value;
  const instant = new Date(`${value}:00+03:00`);
  return Number.isNaN(instant.getTime()) ? value : instant.toISOString();
}
