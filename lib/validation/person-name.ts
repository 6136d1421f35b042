import { text } from "./fields";

/**
 * What a person's name may hold: letters of any script (with their combining accents), and the spaces,
 * hyphens, apostrophes and dots names carry («Анна-Мария», «O'Neil», «Д'Артаньян», «St. John»). Emoji,
 * digits and symbols are refused: the name goes into the greeting of every email and onto staff screens.
 * Empty passes here, so an empty required name is told only that it is required.
 */
const PERSON_NAME = /^$|^(?=.*\p{L})[\p{L}\p{M} .'’ʼ‘‐-]+$/u;

const MESSAGE = "validation.personName";

/** A last name, first name or patronymic the person must give (see PERSON_NAME). */
export const personName = (max: number) => text(max).min(1, "validation.required").regex(PERSON_NAME, MESSAGE);

/** A name a person may leave out; an empty field becomes undefined. */
export const optionalPersonName = (max: number) =>
  text(max)
    .regex(PERSON_NAME, MESSAGE)
    .optional()
    .transform((value) => (value ? value : undefined));
