"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireStaff } from "@/lib/auth/current-user";
import { inviteStaff } from "@/lib/staff/invite-staff";
import { ZInviteStaff, ZSetStaffDisabled, ZUnlockStaffAccount } from "@/lib/staff/schemas";
import { setStaffDisabled } from "@/lib/staff/set-staff-disabled";
import { unlockStaffAccount } from "@/lib/staff/unlock-staff-account";

export const inviteStaffAction = defineAction({
  name: "inviteStaff",
  schema: ZInviteStaff,
  authorize: () => requireStaff("ADMIN"),
  run: async (input) => {
    const staff = await inviteStaff(input);
    revalidatePath("/console/staff");
    return staff;
  },
});

export const setStaffDisabledAction = defineAction({
  name: "setStaffDisabled",
  schema: ZSetStaffDisabled,
  authorize: () => requireStaff("ADMIN"),
  run: async (input, actor) => {
    const staff = await setStaffDisabled(input, actor);
    revalidatePath("/console/staff");
    return staff;
  },
});

export const unlockStaffAccountAction = defineAction({
  name: "unlockStaffAccount",
  schema: ZUnlockStaffAccount,
  authorize: () => requireStaff("ADMIN"),
  run: async (input, actor) => {
    const staff = await unlockStaffAccount(input, actor);
    revalidatePath(`/console/staff/${input.staffId}`);
    return staff;
  },
});
