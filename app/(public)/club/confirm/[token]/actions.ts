"use server";

import { defineAction } from "@/lib/action/define-action";
import { confirmMembership } from "@/lib/club/membership";
import * as z from "@/lib/validation/z";

export const confirmMembershipAction = defineAction({
  name: "confirmMembership",
  schema: z.object({ token: z.string("validation.invalid").max(200, "validation.invalid") }),
  // Anyone holding the emailed link may confirm: the secret token is the authorization.
  authorize: async () => null,
  run: ({ token }) => confirmMembership(token),
});
