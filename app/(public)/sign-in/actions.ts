"use server";

import { ActionError } from "@/lib/action/action-error";
import { defineAction } from "@/lib/action/define-action";
import { formAction } from "@/lib/action/form-action";
import { ZFormFields } from "@/lib/action/submission";
import { requestMemberSignInLink } from "@/lib/auth/request-member-sign-in-link";
import { ZMemberSignInRequest } from "@/lib/auth/schemas";

// Anyone may ask: the answer is the same for members and strangers (a stranger's email invites them to join),
// and sendMemberSignInLink limits the links per mailbox and per client.
export const requestSignInLinkAction = defineAction({
  name: "requestSignInLink",
  schema: ZFormFields(ZMemberSignInRequest),
  authorize: async () => null,
  run: async ({ email, callbackUrl }) => {
    if ((await requestMemberSignInLink({ email, callbackUrl })) === "refused") {
      throw new ActionError("RATE_LIMITED", "auth.errorEmailSignin");
    }
    return { sentTo: email };
  },
});

// As the form posts it (useActionState), with or without scripts.
export const requestSignInLinkForm = formAction(requestSignInLinkAction);
