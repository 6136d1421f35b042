import { NextResponse } from "next/server";

import { defineRoute } from "@/lib/api/define-route";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireAbility, type TStaffUser } from "@/lib/auth/current-user";
import { leaveCase, reportPresence } from "@/lib/console-cases/presence";
import { ZCasePresence } from "@/lib/console-cases/schemas";

// A route rather than a server action: the page calls it on a timer and as it is left (a keepalive fetch that
// outlives the page), and an action's call would be cancelled with the page.

const NO_STORE = { "Cache-Control": "private, no-store" };

/** The open case page's heartbeat: answers who else is on the case and any colleague's reply since the page's. */
export const POST = defineRoute<{ number: string }, TStaffUser>({
  name: "reportCasePresence",
  authorize: () => requireAbility("case.read"),
  handle: async ({ request, params, actor }) => {
    const input = await parseJsonBody(request, ZCasePresence);
    const answer = await reportPresence(decodeURIComponent(params.number), input, actor);
    return NextResponse.json(answer, { headers: NO_STORE });
  },
});

/** The page was left. */
export const DELETE = defineRoute<{ number: string }, TStaffUser>({
  name: "leaveCase",
  authorize: () => requireAbility("case.read"),
  handle: async ({ params, actor }) => {
    await leaveCase(decodeURIComponent(params.number), actor);
    return new NextResponse(null, { status: 204, headers: NO_STORE });
  },
});
