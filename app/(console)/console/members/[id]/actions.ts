"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireStaff } from "@/lib/auth/current-user";
import { adjustPoints } from "@/lib/loyalty/adjust-points";
import { ZAdjustPoints } from "@/lib/loyalty/schemas";
import { LOYALTY_CONFIGURERS } from "@/lib/members/access";

export const adjustPointsAction = defineAction({
  name: "adjustPoints",
  schema: ZAdjustPoints,
  authorize: () => requireStaff(...LOYALTY_CONFIGURERS),
  run: async (input, staff) => {
    const result = await adjustPoints(input, staff);
    revalidatePath(`/console/members/${input.memberId}`);
    return result;
  },
});
