import { CaseType } from "@/lib/generated/prisma/enums";
import { addDays, dayStart, today } from "@/lib/time/operator-day";
import { searchParamFields, type TSearchParams } from "@/lib/validation/search-params";
import * as z from "@/lib/validation/z";

/** The dimensions volumes are counted by. */
export const VOLUME_DIMENSIONS = ["topic", "region", "office", "channel", "week"] as const;
export type TVolumeDimension = (typeof VOLUME_DIMENSIONS)[number];

/** Satisfaction after the answer, by report name: by who answered, the office, the topic, the answer's week. */
export const SATISFACTION_REPORTS = {
  "satisfaction-operator": "operator",
  "satisfaction-office": "office",
  "satisfaction-topic": "topic",
  "satisfaction-week": "week",
} as const;
export type TSatisfactionDimension = (typeof SATISFACTION_REPORTS)[keyof typeof SATISFACTION_REPORTS];

/** Every report the page shows and the export route writes, by its name in URLs, in the page's order. */
export const REPORTS = [
  ...VOLUME_DIMENSIONS,
  "on-time",
  "outcomes",
  "overdue",
  "answer-times",
  "satisfaction-operator",
  "satisfaction-office",
  "satisfaction-topic",
  "satisfaction-week",
  "answer-ratings",
  "office-ratings",
] as const;
export type TReportName = (typeof REPORTS)[number];

/** The default range: the last 12 weeks, today included. */
export const DEFAULT_RANGE_DAYS = 12 * 7;

const isoDate = z
  .string()
  .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/)
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  );
/** A value the form cannot have produced (an edited or outdated link) is dropped, not an error page. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const ZReportParams = z.object({
  from: optional(isoDate),
  to: optional(isoDate),
  type: optional(z.enum(CaseType)),
});

export const ZReportName = z.enum(REPORTS);

/** A report's filter, resolved: the dates as given (or defaulted) and the half-open UTC interval they cover. */
export type TReportQuery = {
  from: string;
  to: string;
  type?: CaseType;
  /** The first moment of `from` (Moscow midnight), in UTC. */
  start: Date;
  /** The first moment after `to`, in UTC. */
  end: Date;
  /** "Now" for what is overdue; fixed once per request, and by tests. */
  now: Date;
};

/**
 * Reads the reports' URL (URLSearchParams or Next's searchParams object). Empty or malformed fields fall back
 * to the defaults (the last 12 weeks, every type); a reversed range is turned round. Days are the operator's
 * (Moscow) days, like the inbox's date filter and the digest.
 */
export function parseReportQuery(params: TSearchParams, now = new Date()): TReportQuery {
  const parsed = ZReportParams.parse(searchParamFields(params));
  let to = parsed.to ?? (parsed.from ? addDays(parsed.from, DEFAULT_RANGE_DAYS - 1) : today(now));
  let from = parsed.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) [from, to] = [to, from];
  return { from, to, type: parsed.type, start: dayStart(from), end: dayStart(addDays(to, 1)), now };
}

/** The filter back into URL parameters (for the CSV links). */
export function reportSearchParams(query: TReportQuery, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams(extra);
  params.set("from", query.from);
  params.set("to", query.to);
  if (query.type) params.set("type", query.type);
  return params;
}
