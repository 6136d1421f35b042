import * as z from "@/lib/validation/z";

export const MEMBERS_PAGE_SIZE = 25;

/** The members list's query string: a search text and a page number; anything odd falls back to the start. */
export const ZMemberSearch = z.object({
  q: z.typedText().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type TMemberSearch = z.output<typeof ZMemberSearch>;
