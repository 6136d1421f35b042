import { getCurrentUser } from "@/lib/auth/current-user";
import { exportMemberData } from "@/lib/club/account";

/** Everything stored about the signed-in member, as a JSON download (152-ФЗ, art. 14). Members only. */
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (user?.kind !== "member") return Response.json({ error: "unauthenticated" }, { status: 401 });
  const data = await exportMemberData(user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="club-data-${user.cardNumber}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
