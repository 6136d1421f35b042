import "server-only";

import { createHash } from "node:crypto";

import type { TStaffUser } from "@/lib/auth/current-user";

import type { TInboxPage } from "./list-cases";
import { loadInboxViews } from "./views";

/** What an open console page compares to know whether a reload would show anything new. */
export type TLiveStamp = { rows: string | null; counts: string };

const digest = (value: unknown) => createHash("sha1").update(JSON.stringify(value)).digest("base64url");

/**
 * The list as shown: every row's visible fields (the clock included, so a case turning overdue counts as a
 * change) and the total. Computed from the page's own result, so the page and the poll agree to the byte.
 */
export function rowsStamp(page: TInboxPage): string {
  return digest([page.total, page.isTotalCapped, page.rows]);
}

/**
 * The sidebar's counts, the same ones the console's navigation shows: read from PostgreSQL, so a case filed or
 * changed through any instance of the app moves them. Within a page's render they are the sidebar's own, counted
 * once (loadInboxViews is cached per request).
 */
export async function countsStamp(user: TStaffUser): Promise<string> {
  const views = await loadInboxViews(user);
  return digest(
    [...views.queues, ...views.offices, ...views.saved].map((view) => [view.id, view.count, view.isCapped]),
  );
}
