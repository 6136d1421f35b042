"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { defineAction } from "@/lib/action/define-action";
import { requireStaff } from "@/lib/auth/current-user";
import { ZConfirmTotp, ZStartTotpEnrolment } from "@/lib/auth/schemas";
import { currentSessionId } from "@/lib/auth/session-cookie";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { resolveLocale } from "@/lib/i18n/locales";
import { confirmTotp, disableTotp, startTotpEnrolment, type TSecondFactorContext } from "@/lib/staff/totp-enrolment";

const ZNothing = z.object({}).optional();

/** This session goes on after a change of the second factor; the owner is written to in the page's language. */
async function changeContext(): Promise<TSecondFactorContext> {
  const [sessionId, locale] = await Promise.all([currentSessionId(), getLocale()]);
  return { sessionId, locale: resolveLocale(locale) };
}

export const startTotpEnrolmentAction = defineAction({
  name: "startTotpEnrolment",
  schema: ZStartTotpEnrolment,
  authorize: () => requireStaff(),
  run: (input, staff) => startTotpEnrolment(staff, input?.code || undefined),
});

export const confirmTotpAction = defineAction({
  name: "confirmTotp",
  schema: ZConfirmTotp,
  authorize: () => requireStaff(),
  run: async ({ code }, staff) => {
    await confirmTotp(staff, code, await changeContext());
    revalidatePath("/console/account");
    return null;
  },
});

export const disableTotpAction = defineAction({
  name: "disableTotp",
  schema: ZConfirmTotp,
  authorize: () => requireStaff(),
  run: async ({ code }, staff) => {
    await disableTotp(staff, code, await changeContext());
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
