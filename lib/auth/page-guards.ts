import "server-only";

import { forbidden, redirect } from "next/navigation";

import { recordForbidden } from "@/lib/security/record-forbidden";

import { getCurrentUser, type TMemberUser, type TStaffUser } from "./current-user";
import { can, type TAbility } from "./permissions";

/*
 * Someone not signed in is sent to sign in and brought back. Someone signed in who may not open the page — staff
 * on a member's page, a member in the console, staff whose role lacks the page's ability — gets 403 and the
 * nearest forbidden.tsx (app/forbidden.tsx, app/(console)/console/forbidden.tsx), which says why.
 */

/** For member pages: the member, a redirect to the sign-in page that comes back here, or 403 for staff. */
export async function memberPage(path: string): Promise<TMemberUser> {
  const user = await getCurrentUser();
  if (user?.kind === "member") return user;
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await recordForbidden(user, `page:${path}`);
  forbidden();
}

/**
 * For console pages: the staff member, a redirect to the staff sign-in page, or 403 for a member or for staff
 * whose role lacks the page's ability. Without an ability, any staff member may see it.
 */
export async function staffPage(path: string, ability?: TAbility): Promise<TStaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/console/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (user.kind === "staff" && (!ability || can(user, ability))) return user;
  await recordForbidden(user, `page:${path}`);
  forbidden();
}
