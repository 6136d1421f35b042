import * as z from "./z";

// Field schemas the public forms share. Messages are keys of the "validation" catalogue.

// NUL and other control characters (except line breaks and tabs) have no place in a letter, and
// PostgreSQL refuses NUL in text: they are rejected with a clear message instead of failing later.
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

// Half of a UTF-16 surrogate pair, alone: no keyboard types one, only a crafted request sends it, and
// PostgreSQL refuses it inside JSON (answers, screening questions).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Trimmed text of at most `max` characters, without control characters or broken characters. */
export const text = (max: number) =>
  z
    .string("validation.invalid")
    .trim()
    .max(max, "validation.tooLong")
    .refine((value) => !CONTROL_CHARACTERS.test(value), "validation.controlCharacters")
    .refine((value) => !LONE_SURROGATE.test(value), "validation.invalid");

export const requiredText = (max: number) => text(max).min(1, "validation.required");

/** Optional text; an empty field becomes undefined. */
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((value) => (value ? value : undefined));

export const ZPhone = z
  .string()
  .trim()
  .max(30, "validation.tooLong")
  .regex(/^$|^\+?[\d\s()-]{5,30}$/, "validation.phone")
  .optional()
  .transform((value) => (value ? value : undefined));

export const ZPostcode = z.string().trim().regex(/^\d{6}$/, "validation.postcode");

export const ZOptionalPostcode = z
  .union([z.literal(""), ZPostcode])
  .optional()
  .transform((value) => (value ? value : undefined));
