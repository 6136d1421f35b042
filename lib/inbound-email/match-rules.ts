import { normaliseCaseNumber } from "@/lib/cases/case-number";
import { replyTokenFrom } from "@/lib/email/reply-address";

// Ж-2026-000123 as people and mail clients write it: Latin look-alikes (P, O), any case, spaces or no dashes.
const CANDIDATE = /(?<![\p{L}\d])[ЖРОЧжрочPOpo][\s\-–—_]?\d{4}[\s\-–—_]?\d{6,}(?!\d)/gu;

/** Case numbers in a subject ("Re: Ваше обращение зарегистрировано: Ж-2026-000123"), normalised, in order. */
export function caseNumbersIn(subject: string): string[] {
  const found = (subject.match(CANDIDATE) ?? [])
    .map(normaliseCaseNumber)
    .filter((number): number is string => number !== null);
  return [...new Set(found)];
}

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export type TMatchClue =
  { by: "token"; token: string } | { by: "number"; numbers: string[]; sender: string } | { by: "none" };

/**
 * How to look for the case of an incoming email: the reply token in a recipient address is a secret only
 * the case's emails carry, so it is enough on its own. A case number in the subject is public (people
 * quote it anywhere), so it counts only with the sender being one of that case's applicants — checked by
 * the caller against the database.
 */
export function matchClue(input: {
  mailbox: string;
  recipients: string[];
  subject: string;
  sender: string | null;
}): TMatchClue {
  const token = replyTokenFrom(input.mailbox, input.recipients);
  if (token) return { by: "token", token };
  const numbers = caseNumbersIn(input.subject);
  if (numbers.length && input.sender) return { by: "number", numbers, sender: input.sender };
  return { by: "none" };
}

/** The customer's language, guessed from the text: Cyrillic letters mean Russian. */
export function localeOfText(text: string): "ru" | "en" {
  return /[а-яё]/i.test(text) ? "ru" : "en";
}

/** The sender's display name as an applicant's name: "Иван Петров" → first name Иван, last name Петров. */
export function applicantNameFrom(
  displayName: string | undefined,
  address: string,
): { firstName: string; lastName: string } {
  const words = (displayName ?? "").replace(/["']/g, "").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstName: "", lastName: address.split("@")[0] };
  if (words.length === 1) return { firstName: "", lastName: words[0] };
  return { firstName: words[0], lastName: words.slice(1).join(" ") };
}
