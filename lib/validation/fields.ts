import * as z from "./z";

// Field schemas the public forms share. Messages are keys of the "validation" catalogue.

export { CONTROL_CHARACTERS } from "./z";

/** Trimmed text of at most `max` characters, without control characters or broken characters (see typedText). */
export const text = (max: number) => z.typedText().trim().max(max, "validation.tooLong");

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

export const ZPostcode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "validation.postcode");

export const ZOptionalPostcode = z
  .union([z.literal(""), ZPostcode])
  .optional()
  .transform((value) => (value ? value : undefined));
