import "server-only";

import { recordSecurityEvent } from "./security-events";

/** Who was refused; auth's TCurrentUser fits, and security events stay below auth, which records them. */
type TRefusedUser = { kind: "member" | "staff"; id: string };

/**
 * Records a refusal for lack of rights (a 403, not a request to sign in first): who asked, when known, and
 * for what (`page:/console/staff`, `action:inviteStaff`, `api:cases.get`).
 */
export async function recordForbidden(user: TRefusedUser | null, target: string): Promise<void> {
  await recordSecurityEvent({
    kind: "FORBIDDEN",
    target,
    ...(user?.kind === "staff" ? { staffId: user.id } : user?.kind === "member" ? { memberId: user.id } : {}),
  });
}
