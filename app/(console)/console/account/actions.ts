"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { defineAction } from "@/lib/action/define-action";
import { requireStaff } from "@/lib/auth/current-user";
import { ZConfirmTotp } from "@/lib/auth/schemas";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { confirmTotp, disableTotp, startTotpEnrolment } from "@/lib/auth/totp-enrolment";

const ZNothing = z.object({}).optional();

export const startTotpEnrolmentAction = defineAction({
  name: "startTotpEnrolment",
  schema: ZNothing,
  authorize: () => requireStaff(),
  run: (_input, staff) => startTotpEnrolment(staff),
});

export const confirmTotpAction = defineAction({
  name: "confirmTotp",
  schema: ZConfirmTotp,
  authorize: () => requireStaff(),
  run: async ({ code }, staff) => {
    await confirmTotp(staff, code);
    revalidatePath("/console/account");
    return null;
  },
});

export const disableTotpAction = defineAction({
  name: "disableTotp",
  schema: ZConfirmTotp,
  authorize: () => requireStaff(),
  run: async ({ code }, staff) => {
    await disableTotp(staff, code);
    revalidatePath("/console/account");
    return null;
  },
});

export const staffSignOutEverywhereAction = defineAction({
  name: "staffSignOutEverywhere",
  schema: ZNothing,
  authorize: () => requireStaff(),
  run: (_input, staff) => signOutEverywhere(staff).then(() => null),
});
