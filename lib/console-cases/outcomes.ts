// The outcomes besides an answer that 59-ФЗ allows, as the case page's forms offer them. Client-safe.

/** ст. 8 ч. 3: an appeal outside the department's competence is forwarded within 7 days of registration. */
export const FORWARD_WITHIN_DAYS = 7;

/** The grounds of ст. 11 on which an appeal may be left without an answer on the merits. */
export const UNANSWERED_GROUNDS = ["NO_RETURN_ADDRESS", "ABUSIVE", "UNREADABLE"] as const;
export type TUnansweredGrounds = (typeof UNANSWERED_GROUNDS)[number];

/** Whether forwarding now is later than the law's 7 days from registration (or from filing, if never registered). */
export function isForwardingLate(since: Date, now: Date): boolean {
  return now.getTime() - since.getTime() > FORWARD_WITHIN_DAYS * 86_400_000;
}
