import { text } from "@/lib/validation/fields";
import * as z from "@/lib/validation/z";

// The production calendar's forms: one day, or a whole year pasted as text. Used by the console's forms in
// the browser and by their server actions alike. Messages are keys of the "calendar" catalogue.

export const NOTE_MAX = 200;
const MAX_NAMED_LINES = 20;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date, "YYYY-MM-DD", that exists (no 30 February). */
export const ZCalendarDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "calendar.errors.date")
  .refine(isRealDate, "calendar.errors.date");

export const ZCalendarYear = z.coerce
  .number<number>("calendar.errors.year")
  .int("calendar.errors.year")
  .min(2000, "calendar.errors.year")
  .max(2100, "calendar.errors.year");

const ZNote = text(NOTE_MAX)
  .optional()
  .transform((value) => (value ? value : undefined));

export const ZSaveCalendarDay = z.object({ date: ZCalendarDate, isWorkingDay: z.boolean(), note: ZNote });
export type TSaveCalendarDay = z.output<typeof ZSaveCalendarDay>;
export type TSaveCalendarDayInput = z.input<typeof ZSaveCalendarDay>;

export const ZRemoveCalendarDay = z.object({ date: ZCalendarDate });
export type TRemoveCalendarDay = z.output<typeof ZRemoveCalendarDay>;

type TParsedLine = { day: TSaveCalendarDay } | { problem: string };

/** One line of a pasted year, "YYYY-MM-DD;0|1;note": the day, or what is wrong with it. */
function parseLine(line: string, year: number): TParsedLine {
  const [date = "", flag, ...note] = line.split(";");
  if (flag === undefined) return { problem: "calendar.errors.lineFormat" };
  if (!ZCalendarDate.safeParse(date).success) return { problem: "calendar.errors.date" };
  if (!date.trim().startsWith(`${year}-`)) return { problem: "calendar.errors.otherYear" };
  if (flag.trim() !== "0" && flag.trim() !== "1") return { problem: "calendar.errors.flag" };
  const parsed = ZSaveCalendarDay.safeParse({ date, isWorkingDay: flag.trim() === "1", note: note.join(";") });
  return parsed.success ? { day: parsed.data } : { problem: "calendar.errors.note" };
}

/**
 * A year's exceptions pasted as text, one day a line: "2027-01-01;0;Новый год" (0 a day off, 1 a working
 * day, the note optional). Blank lines are skipped. Each bad line is an issue at `lines.<its number>`, so
 * the form and the server's answer both name the lines to fix; with any bad line nothing is imported.
 */
export const ZImportCalendarYear = z
  .object({ year: ZCalendarYear, text: z.string("calendar.errors.empty").max(40_000, "calendar.errors.tooManyLines") })
  // A line per day of the year, each a date only once: no more than 366 days can pass.
  .transform((input, ctx) => {
    const days: TSaveCalendarDay[] = [];
    const seen = new Set<string>();
    let badLines = 0;
    const lines = input.text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
    lines.forEach((raw, index) => {
      if (!raw.trim()) return;
      const parsed = parseLine(raw.trim(), input.year);
      const problem =
        "problem" in parsed ? parsed.problem : seen.has(parsed.day.date) ? "calendar.errors.duplicate" : null;
      // The first lines to fix are named; a paste of something else entirely need not list all of itself.
      if (problem && ++badLines <= MAX_NAMED_LINES)
        ctx.addIssue({ code: "custom", message: problem, path: ["lines", index + 1] });
      if (problem) return;
      if ("day" in parsed) {
        seen.add(parsed.day.date);
        days.push(parsed.day);
      }
    });
    if (lines.every((line) => !line.trim()))
      ctx.addIssue({ code: "custom", message: "calendar.errors.empty", path: ["text"] });
    return { year: input.year, days };
  });
export type TImportCalendarYear = z.output<typeof ZImportCalendarYear>;
export type TImportCalendarYearInput = z.input<typeof ZImportCalendarYear>;
