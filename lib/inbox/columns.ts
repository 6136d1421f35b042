import * as z from "@/lib/validation/z";

/**
 * The inbox columns a staff member may hide, in the table's order. The number (with the case's type and the
 * customer's news beside it) always shows: it is the row's link and its name for a screen reader. The region
 * rides under the office (most cases have one, and the office names its region).
 */
export const HIDEABLE_INBOX_COLUMNS = [
  "status",
  "priority",
  "topic",
  "applicant",
  "office",
  "assignee",
  "createdAt",
  "dueAt",
] as const;

export type TInboxColumn = (typeof HIDEABLE_INBOX_COLUMNS)[number];

export const ZInboxColumns = z.object({
  hidden: z
    .array(z.enum(HIDEABLE_INBOX_COLUMNS))
    .max(HIDEABLE_INBOX_COLUMNS.length)
    .transform((ids) => [...new Set(ids)]),
});
export type TInboxColumns = z.output<typeof ZInboxColumns>;

/** What the database holds, read back: ids no longer known (a column since removed) are dropped. */
export function knownHiddenColumns(ids: readonly string[]): TInboxColumn[] {
  return HIDEABLE_INBOX_COLUMNS.filter((id) => ids.includes(id));
}
