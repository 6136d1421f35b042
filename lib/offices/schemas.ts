import * as z from "@/lib/validation/z";

// Messages are catalogue keys, translated where they are shown (form or server).

/** A Russian postcode: six digits, as people type it (spaces around it are forgiven). */
export const ZPostcode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "offices.postcodeFormat");
export type TPostcode = z.output<typeof ZPostcode>;
