"use server";

import { z } from "zod";

import { defineAction } from "@/lib/action/define-action";
import { requireMember } from "@/lib/auth/current-user";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";

export const memberSignOutEverywhereAction = defineAction({
  name: "memberSignOutEverywhere",
  schema: z.object({}).optional(),
  authorize: () => requireMember(),
  run: (_input, member) => signOutEverywhere(member).then(() => null),
});
