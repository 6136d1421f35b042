import type { CaseType } from "@/lib/generated/prisma/enums";
import { CASE_NUMBER_PREFIX } from "@/lib/i18n/case-kind";
import { localDate } from "@/lib/time/operator-day";

export { CASE_NUMBER_PREFIX };

const CASE_NUMBER = /^([ЖРОЧ])-(\d{4})-(\d{6,})$/;

/**
 * The series a new case's number is taken from: its letter and the year in Moscow, where the register is
 * kept (a case filed at 01:00 on 1 January Moscow time belongs to the new year), and the database sequence
 * that counts it (see next_case_number in the migrations).
 */
export function caseNumberSeries(type: CaseType, at: Date): { prefix: string; year: number; sequence: string } {
  const year = Number(localDate(at).slice(0, 4));
  return { prefix: CASE_NUMBER_PREFIX[type], year, sequence: `case_number_${type.toLowerCase()}_${year}` };
}

/** E.g. Ж-2026-000123; the sequence has at least six digits. */
export function formatCaseNumber(type: CaseType, year: number, sequence: number): string {
  return `${CASE_NUMBER_PREFIX[type]}-${year}-${String(sequence).padStart(6, "0")}`;
}

/** Accepts what people type: Latin look-alikes, lower case, spaces or no dashes. */
export function normaliseCaseNumber(input: string): string | null {
  const latinToCyrillic: Record<string, string> = { P: "Р", O: "О" };
  const cleaned = input
    .trim()
    .toUpperCase()
    .replace(/[PO]/g, (letter) => latinToCyrillic[letter] ?? letter)
    .replace(/[\s–—_]+/g, "-");
  const compact = cleaned.match(/^([ЖРОЧ])-?(\d{4})-?(\d{6,})$/);
  if (!compact) return null;
  const normalised = `${compact[1]}-${compact[2]}-${compact[3]}`;
  return CASE_NUMBER.test(normalised) ? normalised : null;
}
