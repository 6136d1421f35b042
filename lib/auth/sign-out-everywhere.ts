import "server-only";

import type { TCurrentUser } from "./current-user";
import { endSessionsOf, sessionOwner } from "./sessions";

/** Ends every session of the person — this device's too — by ending all their session rows. */
export async function signOutEverywhere(user: TCurrentUser): Promise<void> {
  await endSessionsOf(sessionOwner(user), "SIGN_OUT_EVERYWHERE");
}
