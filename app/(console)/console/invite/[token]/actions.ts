"use server";

import { defineAction } from "@/lib/action/define-action";
import { ZSetPassword } from "@/lib/auth/schemas";
import { acceptInvite } from "@/lib/staff/accept-invite";

/** Open to anyone: the unguessable token in the input is the authorization, checked by acceptInvite. */
export const acceptInviteAction = defineAction({
  name: "acceptInvite",
  schema: ZSetPassword,
  authorize: async () => null,
  run: (input) => acceptInvite(input),
});
