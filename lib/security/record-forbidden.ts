import "server-only";

import type { TCurrentUser } from "@/lib/auth/current-user";

import { recordSecurityEvent } from "./security-events";

/**
 * Records a refusal for lack of rights (a 403, not a request to sign in first): who asked, when known, and
 * for what (`page:/console/staff`, `action:inviteStaff`, `api:cases.get`).
 */
export async function recordForbidden(user: Pick<TCurrentUser, "kind" | "id"> | null, target: string): Promise<void> {
  await recordSecurityEvent({
    kind: "FORBIDDEN",
    target,
    ...(user?.kind === "staff" ? { staffId: user.id } : user?.kind === "member" ? { memberId: user.id } : {}),
  });
}
