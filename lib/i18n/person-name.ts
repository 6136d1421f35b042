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

/**
 * A person's name as a list shows it: the parts that were given, in the order passed («Тестова Анна»). The
 * public forms record "—" for a part not given, so a part without a letter is left out rather than shown
 * («Анна —», «— —»). Empty when no part was given: the caller says so in words.
 */
export function personName(...parts: (string | null | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? "")
    .filter((part) => /\p{L}/u.test(part))
    .join(" ");
}

/**
 * An address line from its parts (region, city, street address), each once: a part that repeats the end of
 * the one before it («Москва» then «Москва, ул. Мясницкая») is not written twice.
 */
export function placeLine(...parts: (string | null | undefined)[]): string {
  const pieces: string[] = [];
  for (const piece of parts.flatMap((part) => part?.split(/\s*,\s*/) ?? [])) {
    const text = piece.trim();
    if (text && text.toLocaleLowerCase("ru") !== pieces.at(-1)?.toLocaleLowerCase("ru")) pieces.push(text);
  }
  return pieces.join(", ");
}
