"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireMember } from "@/lib/auth/current-user";
import { applyToEvent, cancelRegistration } from "@/lib/events/registrations";
import { ZApplyToEvent, ZRegistrationId } from "@/lib/events/schemas";
import { resolveLocale } from "@/lib/i18n/locales";

export const applyToEventAction = defineAction({
  name: "applyToEvent",
  schema: ZApplyToEvent,
  authorize: () => requireMember(),
  run: async (input, member) => {
    const result = await applyToEvent(member.id, input, resolveLocale(await getLocale()));
    revalidatePath("/events");
    return result;
  },
});

export const cancelMyRegistrationAction = defineAction({
  name: "cancelMyRegistration",
  schema: ZRegistrationId,
  authorize: () => requireMember(),
  run: async (input, member) => {
    const result = await cancelRegistration(input.registrationId, { memberId: member.id });
    revalidatePath("/events");
    return result;
  },
});
