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

/** A checkbox as a form posts it ("on" when ticked, nothing when not) or as JSON sends it (a boolean). */
function checkboxValue(value: unknown): unknown {
  if (value === "on" || value === "true") return true;
  if (value === undefined || value === "" || value === "false") return false;
  return value;
}

/** A checkbox: ticked or not. */
export const ZCheckbox = z.preprocess(checkboxValue, z.boolean());

/** A checkbox that must be ticked (a consent), with the message to show when it is not. */
export const ZTicked = (message: string) => z.preprocess(checkboxValue, z.literal(true, message));

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
  .min(1, "validation.postcodeRequired")
  .regex(/^\d{6}$/, "validation.postcode");

export const ZOptionalPostcode = z
  .union([z.literal(""), ZPostcode])
  .optional()
  .transform((value) => (value ? value : undefined));
