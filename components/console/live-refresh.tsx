import { getCurrentUser } from "@/lib/auth/current-user";
import { countsStamp } from "@/lib/inbox/live-stamp";

import { LivePoll } from "./live-poll";

/**
 * Keeps a console page current: the stamp of what it shows — the sidebar's counts (counted once per request
 * with the sidebar's own) and, on the inbox, its rows — rendered with the page, so a change made before the
 * browser's first poll is still seen as one. `listQuery` is the inbox's query when the page is the inbox.
 */
export async function LiveRefresh({ listQuery, rows }: { listQuery?: string; rows?: string }) {
  const user = await getCurrentUser();
  if (user?.kind !== "staff") return null;
  return <LivePoll listQuery={listQuery} stamp={{ rows: rows ?? null, counts: await countsStamp(user) }} />;
}
