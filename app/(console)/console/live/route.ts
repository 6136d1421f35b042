import { NextResponse } from "next/server";

import { defineRoute } from "@/lib/api/define-route";
import { requireAbility } from "@/lib/auth/current-user";
import { listCases } from "@/lib/inbox/list-cases";
import { countsStamp, rowsStamp, type TLiveStamp } from "@/lib/inbox/live-stamp";
import { parseInboxQuery } from "@/lib/inbox/schemas";

/**
 * What an open console page polls to learn whether anything it shows has changed: the sidebar's counts and,
 * with `list=1` and the inbox's own query, the stamp of that page of the list (the same indexed query the
 * page runs). Only stamps leave: a page that sees a new one reloads its data through its own guard.
 */
export const GET = defineRoute({
  name: "liveStamp",
  authorize: () => requireAbility("case.read"),
  handle: async ({ request, actor }) => {
    const params = request.nextUrl.searchParams;
    const now = new Date();
    const [rows, counts] = await Promise.all([
      params.get("list") === "1" ? listCases(parseInboxQuery(params), actor, now).then(rowsStamp) : null,
      countsStamp(actor),
    ]);
    const stamp: TLiveStamp = { rows, counts };
    return NextResponse.json(stamp, { headers: { "Cache-Control": "no-store" } });
  },
});
