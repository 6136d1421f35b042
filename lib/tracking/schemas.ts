import * as z from "@/lib/validation/z";

import { recognizeTrackingNumber } from "./recognize-tracking-number";

// Messages are catalogue keys, translated where they are shown (form or server).

/**
 * A postal tracking number as people type it, parsed to its normalised form (upper case, no spaces or
 * dashes, Latin letters). An S10 number whose check digit does not match is refused: it is almost always a
 * typo, and the UPU algorithm is published. A domestic number with a mismatching check digit is accepted,
 * since that algorithm is not official; the form warns instead.
 */
export const ZTrackingNumber = z
  .string()
  .max(100, "validation.tooLong")
  .transform((value, ctx) => {
    const recognition = recognizeTrackingNumber(value);
    // Issues marked "continue" survive a union with "" (z.union([z.literal(""), ZTrackingNumber]), as optional
    // fields write it): zod then reports this branch's message instead of a generic "invalid input".
    const refuse = (message: string) => {
      ctx.addIssue({ code: "custom", message, continue: true });
      return z.NEVER;
    };
    switch (recognition.kind) {
      case "S10":
        if (recognition.isCheckDigitValid) return recognition.normalized;
        return refuse("tracking.s10CheckDigit");
      case "DOMESTIC":
        return recognition.normalized;
      case "EMPTY":
        return refuse("validation.required");
      case "UNKNOWN":
        return refuse(recognition.reason === "INCOMPLETE" ? "tracking.incomplete" : "tracking.notPostal");
    }
  });
export type TTrackingNumber = z.output<typeof ZTrackingNumber>;

/** For forms where the number may be left out: an empty field means no number. */
export const ZOptionalTrackingNumber = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value : undefined))
  .pipe(ZTrackingNumber.optional());
