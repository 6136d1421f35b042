import { defineRoute } from "@/lib/api/define-route";
import { requireMember } from "@/lib/auth/current-user";
import { exportMemberData } from "@/lib/privacy/export-member-data";

/** Everything stored about the signed-in member, as a JSON download (152-ФЗ, art. 14). Members only. */
export const GET = defineRoute({
  name: "exportMemberData",
  authorize: requireMember,
  handle: async ({ actor }) => {
    const data = await exportMemberData(actor.id);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="club-data-${actor.cardNumber}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
