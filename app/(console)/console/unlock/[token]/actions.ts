"use server";

import { ActionError } from "@/lib/action/action-error";
import { defineAction } from "@/lib/action/define-action";
import { ZUnlockLink } from "@/lib/auth/unlock-schemas";
import { unlockWithLink } from "@/lib/auth/unlock-staff";

/** Open to anyone: the unguessable token in the input is the authorization, checked by unlockWithLink. */
export const unlockStaffWithLinkAction = defineAction({
  name: "unlockStaffWithLink",
  schema: ZUnlockLink,
  authorize: async () => null,
  run: async ({ token }) => {
    const { isUnlocked } = await unlockWithLink(token);
    if (!isUnlocked) throw new ActionError("NOT_FOUND", "unlock.invalidText");
    return { isUnlocked };
  },
});
