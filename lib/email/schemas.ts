import { z } from "zod";

/** The development mailbox's query string: `?to=part-of-an-address&page=2`. Anything odd falls back. */
export const ZMailboxQuery = z.object({
  to: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((value) => value || undefined)
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type TMailboxQuery = z.infer<typeof ZMailboxQuery>;
