"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireMember } from "@/lib/auth/current-user";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { setNewsConsent, updateProfile } from "@/lib/club/account";
import { ZMemberProfile } from "@/lib/club/schemas";
import { ZRedeemReward } from "@/lib/loyalty/console-schemas";
import { redeemReward } from "@/lib/loyalty/redeem-reward";
import { leaveClub } from "@/lib/privacy/leave-club";
import * as z from "@/lib/validation/z";

export const memberSignOutEverywhereAction = defineAction({
  name: "memberSignOutEverywhere",
  schema: z.object({}).optional(),
  authorize: () => requireMember(),
  run: (_input, member) => signOutEverywhere(member).then(() => null),
});

export const updateMemberProfileAction = defineAction({
  name: "updateMemberProfile",
  schema: ZMemberProfile,
  authorize: () => requireMember(),
  run: (input, member) => updateProfile(member.id, input).then(() => null),
});

export const setNewsConsentAction = defineAction({
  name: "setNewsConsent",
  schema: z.object({ isGiven: z.boolean() }),
  authorize: () => requireMember(),
  run: ({ isGiven }, member) => setNewsConsent(member.id, isGiven).then(() => null),
});

export const leaveClubAction = defineAction({
  name: "leaveClub",
  schema: z.object({ confirm: z.literal(true, "validation.required") }),
  authorize: () => requireMember(),
  run: (_input, member) => leaveClub(member.id).then(() => null),
});

export const redeemRewardAction = defineAction({
  name: "redeemReward",
  schema: ZRedeemReward,
  authorize: () => requireMember(),
  run: async ({ rewardId }, member) => {
    const result = await redeemReward({ memberId: member.id, rewardId });
    revalidatePath("/account");
    return result;
  },
});
