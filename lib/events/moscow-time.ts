import { fromLocalDateTime, localDateTime } from "@/lib/time/operator-day";

// Staff enter event times in the operator's Moscow time, so the form reads the same on the server and in any
// browser, whatever their time zones. Stored times are UTC.

/** A UTC instant as the value of a datetime-local field in Moscow time: "2026-12-03T18:00". */
export function toMoscowInput(value: Date | string): string {
  return localDateTime(new Date(value));
}

/** A datetime-local value in Moscow time as an ISO instant; anything else is passed on for the schema to refuse. */
export function fromMoscowInput(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return value;
  return fromLocalDateTime(value)?.toISOString() ?? value;
}
