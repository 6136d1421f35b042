"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireAbility } from "@/lib/auth/current-user";
import { checkInByCode, markAttendance } from "@/lib/events/attendance";
import { cancelEvent, publishEvent, saveEvent } from "@/lib/events/manage-events";
import { countEligibleMembers } from "@/lib/events/queries";
import { cancelRegistration, decideRegistration } from "@/lib/events/registrations";
import {
  ZCheckIn,
  ZCountEligible,
  ZDecideRegistration,
  ZEventId,
  ZMarkAttendance,
  ZRegistrationId,
  ZSaveEvent,
} from "@/lib/events/schemas";

const refresh = () => revalidatePath("/console/events", "layout");

export const saveEventAction = defineAction({
  name: "saveEvent",
  schema: ZSaveEvent,
  authorize: () => requireAbility("event.manage"),
  run: async (input, actor) => {
    const saved = await saveEvent(input, actor);
    refresh();
    return saved;
  },
});

export const countEventSegmentAction = defineAction({
  name: "countEventSegment",
  schema: ZCountEligible,
  authorize: () => requireAbility("event.manage"),
  run: async (input) => ({ count: await countEligibleMembers(input.segment) }),
});

export const publishEventAction = defineAction({
  name: "publishEvent",
  schema: ZEventId,
  authorize: () => requireAbility("event.manage"),
  run: async (input) => {
    const result = await publishEvent(input.eventId);
    refresh();
    return result;
  },
});

export const cancelEventAction = defineAction({
  name: "cancelEvent",
  schema: ZEventId,
  authorize: () => requireAbility("event.manage"),
  run: async (input) => {
    const result = await cancelEvent(input.eventId);
    refresh();
    return result;
  },
});

export const decideRegistrationAction = defineAction({
  name: "decideRegistration",
  schema: ZDecideRegistration,
  authorize: () => requireAbility("event.manage"),
  run: async (input) => {
    const result = await decideRegistration(input);
    refresh();
    return result;
  },
});

export const cancelRegistrationAction = defineAction({
  name: "cancelRegistration",
  schema: ZRegistrationId,
  authorize: () => requireAbility("event.manage"),
  run: async (input) => {
    const result = await cancelRegistration(input.registrationId);
    refresh();
    return result;
  },
});

export const markAttendanceAction = defineAction({
  name: "markAttendance",
  schema: ZMarkAttendance,
  authorize: () => requireAbility("event.manage"),
  run: async (input) => {
    const result = await markAttendance(input);
    refresh();
    return result;
  },
});

export const checkInByCodeAction = defineAction({
  name: "checkInByCode",
  schema: ZCheckIn,
  authorize: () => requireAbility("event.manage"),
  run: async (input) => {
    const result = await checkInByCode(input);
    refresh();
    return result;
  },
});
