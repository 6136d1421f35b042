import "server-only";

import { redirect } from "next/navigation";

import { recordForbidden } from "@/lib/security/record-forbidden";

import { getCurrentUser, type TMemberUser, type TStaffUser } from "./current-user";
import { can, type TAbility } from "./permissions";

/** For member pages: the member, or a redirect to the sign-in page that comes back here. */
export async function memberPage(path: string): Promise<TMemberUser> {
  const user = await getCurrentUser();
  if (user?.kind !== "member") {
    // Staff on a member's page are signed in as someone this page is not for.
    if (user) await recordForbidden(user, `page:${path}`);
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}

/**
 * For console pages: the staff member, a redirect to the staff sign-in page, or "forbidden" when their role
 * lacks the page's ability (the page then shows why). Without an ability, any staff member may see it.
 */
export async function staffPage(path: string, ability?: TAbility): Promise<TStaffUser | "forbidden"> {
  const user = await getCurrentUser();
  if (user?.kind !== "staff") {
    if (user) await recordForbidden(user, `page:${path}`);
    redirect(`/console/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (ability && !can(user, ability)) {
    await recordForbidden(user, `page:${path}`);
    return "forbidden";
  }
  return user;
}
