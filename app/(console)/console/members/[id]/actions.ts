"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireAbility } from "@/lib/auth/current-user";
import { adjustPoints } from "@/lib/loyalty/adjust-points";
import { ZAdjustPoints } from "@/lib/loyalty/schemas";

export const adjustPointsAction = defineAction({
  name: "adjustPoints",
  schema: ZAdjustPoints,
  authorize: () => requireAbility("loyalty.configure"),
  run: async (input, staff) => {
    const result = await adjustPoints(input, staff);
    revalidatePath(`/console/members/${input.memberId}`);
    return result;
  },
});
