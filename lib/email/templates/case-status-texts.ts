import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";

import { caseWords } from "./case-words";
import { emailTexts } from "./email-texts";

/** What an applicant is told about: a change of the case's status, or an extended deadline. */
export const CASE_NOTICES = [
  "REGISTERED",
  "IN_PROGRESS",
  "WAITING_FOR_CUSTOMER",
  "ANSWERED",
  "EXTENDED",
  "FORWARDED",
  "LEFT_UNANSWERED",
  "CORRESPONDENCE_ENDED",
  "CLOSED",
  "REOPENED",
] as const;
export type TCaseNotice = (typeof CASE_NOTICES)[number];

/** The facts a notice's sentences are built from (see TCaseStatusData). */
export type TNoticeFacts = {
  number: string;
  /** The deadline in the office's time zone, when the case has one. */
  dueDate: string | null;
  /** The status the case left, where the wording depends on it. */
  from: CaseStatus | null;
  /** The grounds staff gave (an outcome's, an extension's): the law requires the notice to state them. */
  reason: string | null;
  /** The body a forwarded appeal went to. */
  forwardedTo: string | null;
};

/**
 * A notice's subject and paragraphs in the applicant's language: the words are the catalogue's
 * (email.caseStatus), which of them a notice says — the deadline, the grounds when staff gave them — is here.
 */
export function noticeTexts(
  locale: TLocale,
  notice: TCaseNotice,
  facts: TNoticeFacts,
): { subject: string; paragraphs: string[] } {
  const t = emailTexts(locale, "caseStatus");
  const number = facts.number;
  const words = caseWords(locale, number);
  const law = t("law");
  const due = facts.dueDate ? t("due", { date: facts.dueDate }) : null;
  const grounds = facts.reason ? t("grounds", { reason: facts.reason }) : null;
  const paragraphs: Record<TCaseNotice, () => (string | null)[]> = {
    REGISTERED: () => [t("notices.REGISTERED.body", { number, ...words }), due],
    IN_PROGRESS: () => [t("notices.IN_PROGRESS.body", { number, from: facts.from ?? "other" }), due],
    WAITING_FOR_CUSTOMER: () => [
      t("notices.WAITING_FOR_CUSTOMER.body", { number }),
      facts.reason ? t("notices.WAITING_FOR_CUSTOMER.need", { reason: facts.reason }) : null,
      t("notices.WAITING_FOR_CUSTOMER.paused"),
      t("notices.WAITING_FOR_CUSTOMER.howTo"),
    ],
    ANSWERED: () => [t("notices.ANSWERED.body", { number }), t("notices.ANSWERED.rate")],
    EXTENDED: () => [
      t("notices.EXTENDED.body", { number, date: facts.dueDate ?? "" }),
      facts.reason ? t("reason", { reason: facts.reason }) : null,
    ],
    FORWARDED: () => [
      t("notices.FORWARDED.body", { number, law, forwardedTo: facts.forwardedTo ?? t("competentBody") }),
      facts.reason ? t("notices.FORWARDED.why", { reason: facts.reason }) : null,
      t("notices.FORWARDED.merits"),
    ],
    LEFT_UNANSWERED: () => [
      t("notices.LEFT_UNANSWERED.body", { number, law }),
      grounds,
      t("notices.LEFT_UNANSWERED.again"),
    ],
    CORRESPONDENCE_ENDED: () => [
      t("notices.CORRESPONDENCE_ENDED.body", { number, law }),
      grounds,
      t("notices.CORRESPONDENCE_ENDED.again"),
    ],
    CLOSED: () => [t("notices.CLOSED.body", { number }), t("notices.CLOSED.again")],
    REOPENED: () => [t("notices.REOPENED.body", { number }), due],
  };
  return {
    subject: t(`notices.${notice}.subject`, { number, ...words }),
    paragraphs: paragraphs[notice]().filter((paragraph): paragraph is string => paragraph !== null),
  };
}
