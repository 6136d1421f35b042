import type { CaseType } from "@/lib/generated/prisma/enums";

/**
 * Letters that start case numbers: Ж(алоба), Р(озыск), О(ценка), Ч (очередь). Words of the register, so they
 * live with the case types' names; lib/cases/case-number.ts numbers cases with them.
 */
export const CASE_NUMBER_PREFIX: Record<CaseType, string> = {
  COMPLAINT: "Ж",
  CLAIM: "Р",
  RATING: "О",
  QUEUE_REPORT: "Ч",
};

const TYPE_OF_PREFIX = new Map(Object.entries(CASE_NUMBER_PREFIX).map(([type, prefix]) => [prefix, type as CaseType]));

/**
 * A case's type, read from its number's letter (Ж, Р, О, Ч): what a receipt, an email or a page calls the case
 * — обращение, заявление на розыск, оценка, сообщение об очереди (caseKinds.<type> in the catalogue) — follows
 * from the number every one of them already has. An unknown letter reads as a complaint, the general word.
 */
export function caseTypeOf(caseNumber: string): CaseType {
  return TYPE_OF_PREFIX.get(caseNumber.charAt(0)) ?? "COMPLAINT";
}

/** The catalogue key of a case's own words: `caseKinds.CLAIM.title` and the like. */
export function caseKindKey(caseNumber: string, key: "name" | "title" | "filed" | "filedEvent" | "openPage"): string {
  return `caseKinds.${caseTypeOf(caseNumber)}.${key}`;
}
