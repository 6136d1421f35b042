import { can, type TAbility, type TRoleHolder } from "@/lib/auth/permissions";

import { ActionError } from "./action-error";

/**
 * For domain functions, which check the ability again whoever calls them (an action, a job, a test): a role
 * without it is refused the way the action pipeline shows it.
 */
export function assertCan(user: TRoleHolder, ability: TAbility): void {
  if (!can(user, ability)) throw new ActionError("FORBIDDEN", "actions.forbidden");
}
