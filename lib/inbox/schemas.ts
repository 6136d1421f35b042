import { CasePriority, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";
import { searchParamFields, type TSearchParams } from "@/lib/validation/search-params";
import * as z from "@/lib/validation/z";

/** The open statuses are the lifecycle's: the due filters and the row's marks read its clock. */
export { OPEN_STATUSES } from "@/lib/cases/lifecycle/statuses";

export const PAGE_SIZES = [25, 50, 100] as const;
/** ORDER BY columns with an index of their own; the id breaks ties so pages never overlap. */
export const SORT_FIELDS = ["createdAt", "dueAt", "number"] as const;
/** The deadline groups of the lifecycle's clock, the same as the morning digest's. */
export const DUE_FILTERS = ["overdue", "today", "soon"] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A value the form cannot have produced (an edited or outdated link) is dropped, not an error page. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const ZInboxQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((size) => (PAGE_SIZES as readonly number[]).includes(size))
    .catch(25)
    .default(25),
  sort: z.enum(SORT_FIELDS).catch("createdAt").default("createdAt"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  q: optional(
    z
      .typedText()
      .trim()
      .max(200)
      .transform((q) => q || undefined),
  ),
  type: optional(z.enum(CaseType)),
  status: optional(z.enum(CaseStatus)),
  priority: optional(z.enum(CasePriority)),
  topic: optional(z.uuid()),
  region: optional(z.typedText().trim().min(1).max(200)),
  office: optional(z.string().regex(/^\d{6}$/)),
  /** A staff id, "mine" or "unassigned". */
  assignee: optional(z.union([z.literal("mine"), z.literal("unassigned"), z.uuid()])),
  due: optional(z.enum(DUE_FILTERS)),
  /** "1": only cases the customer wrote to since staff last opened them. */
  news: optional(z.literal("1")),
  /** "open": only open cases, by the lifecycle's definition (the views "mine" and "unassigned" need it). */
  state: optional(z.literal("open")),
  /** A staff id: cases of the offices that staff member heads (StaffOffice), for the department's office views. */
  head: optional(z.uuid()),
  from: optional(isoDate),
  to: optional(isoDate),
});

export type TInboxQuery = z.output<typeof ZInboxQuery>;

const FILTER_KEYS = [
  "q",
  "type",
  "status",
  "priority",
  "topic",
  "region",
  "office",
  "assignee",
  "due",
  "news",
  "state",
  "head",
  "from",
  "to",
] as const;

/** Reads the inbox's URL (URLSearchParams or Next's searchParams object); empty fields count as unset. */
export function parseInboxQuery(params: TSearchParams): TInboxQuery {
  return ZInboxQuery.parse(searchParamFields(params));
}

/**
 * The filters whose values no form can have produced (control characters, broken characters), by name.
 * The page drops such a filter and shows the rest; a download, which would otherwise quietly hold more
 * than was asked for, is refused instead.
 */
export function unreadableInboxFilters(params: TSearchParams): string[] {
  const typed = z.typedText();
  return Object.entries(searchParamFields(params))
    .filter(([, value]) => !typed.safeParse(value).success)
    .map(([key]) => key);
}

/** The query back into a URL: only what differs from the defaults, in a stable order, so links stay short. */
export function toSearchParams(query: Partial<TInboxQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (query.sort && query.sort !== "createdAt") params.set("sort", query.sort);
  if (query.dir && query.dir !== "desc") params.set("dir", query.dir);
  if (query.pageSize && query.pageSize !== 25) params.set("pageSize", String(query.pageSize));
  if (query.page && query.page > 1) params.set("page", String(query.page));
  return params;
}

export function hasFilters(query: TInboxQuery): boolean {
  return FILTER_KEYS.some((key) => query[key] !== undefined);
}

export const ZBulkUpdate = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("assign"),
    caseIds: z.array(z.uuid()).min(1).max(100),
    /** null takes the cases off anyone's desk. */
    assigneeId: z.uuid().nullable(),
  }),
  // Any status: the lifecycle decides per case, as on the case page, and the result says why it skipped one.
  z.object({ action: z.literal("status"), caseIds: z.array(z.uuid()).min(1).max(100), status: z.enum(CaseStatus) }),
  z.object({ action: z.literal("close"), caseIds: z.array(z.uuid()).min(1).max(100) }),
]);
export type TBulkUpdate = z.output<typeof ZBulkUpdate>;

export const ZSaveView = z.object({
  name: z.typedText().trim().min(1, "inbox.views.nameRequired").max(80),
  query: z.typedText().max(2000),
});
export const ZDeleteView = z.object({ id: z.uuid() });
