"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireAbility } from "@/lib/auth/current-user";
import { inviteStaff } from "@/lib/staff/invite-staff";
import { ZInviteStaff, ZSetStaffDisabled, ZUnlockStaffAccount } from "@/lib/staff/schemas";
import { setStaffDisabled } from "@/lib/staff/set-staff-disabled";
import { unlockStaffAccount } from "@/lib/staff/unlock-staff-account";

export const inviteStaffAction = defineAction({
  name: "inviteStaff",
  schema: ZInviteStaff,
  authorize: () => requireAbility("staff.manage"),
  run: async (input) => {
    const staff = await inviteStaff(input);
    revalidatePath("/console/staff");
    return staff;
  },
});

export const setStaffDisabledAction = defineAction({
  name: "setStaffDisabled",
  schema: ZSetStaffDisabled,
  authorize: () => requireAbility("staff.manage"),
  run: async (input, actor) => {
    const staff = await setStaffDisabled(input, actor);
    revalidatePath("/console/staff");
    return staff;
  },
});

export const unlockStaffAccountAction = defineAction({
  name: "unlockStaffAccount",
  schema: ZUnlockStaffAccount,
  authorize: () => requireAbility("staff.manage"),
  run: async (input, actor) => {
    const staff = await unlockStaffAccount(input, actor);
    revalidatePath(`/console/staff/${input.staffId}`);
    return staff;
  },
});
