import "server-only";

import { getConfig } from "@/lib/config";
import type { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayEnd, dayStart, localDate } from "@/lib/time/operator-day";

import type { TDeadlineRule, TWorkCalendar } from "./deadlines";
import { loadWorkCalendar, termFor } from "./work-calendar";

type TTerm = Awaited<ReturnType<typeof termFor>>;

/** A day's terms: valid from its first to its last instant, while the calendar they came from is in force. */
type TDayTerm = { calendar: TWorkCalendar; from: number; until: number; term: TTerm };

/** One entry per rule, zone and configured term: only the current day's is ever asked for again. */
const dayTerms = new Map<string, TDayTerm>();

/**
 * termFor for a case filed now. A term counts from the local day of filing, not the moment, so every filing
 * of one day under one rule and zone gets the same deadlines: they are worked out once a day (their
 * time-zone arithmetic was a third of what filing itself did in Node) and again when the calendar changes.
 */
export async function filingTerm(
  input: { rule: TDeadlineRule; from: Date; timeZone: string },
  client: Prisma.TransactionClient | typeof db,
): Promise<TTerm> {
  const calendar = await loadWorkCalendar(client);
  const { INTERNATIONAL_CLAIM_DAYS, QUEUE_REPORT_TARGET_DAYS } = getConfig();
  const key = [input.rule, input.timeZone, INTERNATIONAL_CLAIM_DAYS, QUEUE_REPORT_TARGET_DAYS].join("\n");
  const at = input.from.getTime();
  const known = dayTerms.get(key);
  if (known && known.calendar === calendar && at >= known.from && at < known.until) return known.term;
  const term = await termFor(input, client);
  const day = localDate(input.from, input.timeZone);
  const from = dayStart(day, input.timeZone).getTime();
  dayTerms.set(key, { calendar, from, until: dayEnd(day, input.timeZone).getTime() + 1, term });
  return term;
}
