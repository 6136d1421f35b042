/**
 * Whom a letter or a page greets: the first name and patronymic («Анна Сергеевна»), or the first name alone,
 * as Russian courtesy has it — never the surname first, never a stand-in noun («заявитель»). Empty when the
 * first name is not known: the greeting then goes without a name («Здравствуйте!»).
 */
export function greetingName(person: { firstName?: string | null; patronymic?: string | null }): string {
  const firstName = person.firstName?.trim() ?? "";
  // A visitor who gave no name is recorded as "—": nothing to greet by.
  if (!/\p{L}/u.test(firstName)) return "";
  return [firstName, person.patronymic?.trim()].filter(Boolean).join(" ");
}
