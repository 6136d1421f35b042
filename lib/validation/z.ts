import { config, string } from "zod";

// zod probes for eval support with `new Function` the first time a schema runs; the Content-Security-Policy
// forbids eval, so the probe is reported as a violation in the browser. jitless skips the probe (and the
// compiled fast path, which these small forms do not need).
config({ jitless: true });

// Imported as a namespace (`import * as z from "@/lib/validation/z"`): the bundler then keeps only the parts
// of zod a page uses, where the `z` object itself would bring all of zod, its error locales included.
export * from "zod";

// NUL and other control characters (except tab and line breaks) have no place in what a person types, and
// PostgreSQL refuses NUL in text: such input is refused here, where every form and filter reads its text,
// instead of failing as a server error in the query.
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

// Half of a UTF-16 surrogate pair, alone: no keyboard types one, only a crafted request sends it, and
// PostgreSQL refuses it inside JSON (answers, screening questions).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A string a person could have typed: no control characters but tab and line breaks, no broken characters.
 * The base of every free-text form field and filter (chain .trim(), .max() and the rest on it). Messages are
 * keys of the "validation" catalogue.
 */
export function typedText(message = "validation.invalid") {
  return string(message)
    .refine((value) => !CONTROL_CHARACTERS.test(value), "validation.controlCharacters")
    .refine((value) => !LONE_SURROGATE.test(value), "validation.invalid");
}
