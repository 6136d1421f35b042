import { randomBytes, randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";
import { deliveryJobKey } from "@/lib/email/delivery-job";
import { emailsWhere } from "@/lib/email/test-fixtures";
import { balanceOf } from "@/lib/loyalty/balance";
import { addTestApplication, createRule, createTestMember } from "@/lib/loyalty/test-fixtures";

import { checkInByCode, markAttendance } from "./attendance";
import { cancelEvent, publishEvent, saveEvent } from "./manage-events";
import { applyToEvent, cancelMemberRegistrations, cancelRegistration, decideRegistration } from "./registrations";
import { sendEventReminders } from "./reminders";

const HOUR = 60 * 60 * 1000;

async function publishedEvent(options: {
  capacity: number;
  screening?: { id: string; text: string }[];
  regions?: string[];
  startsInHours?: number;
}) {
  // Whole minutes, as the form sends them.
  const startsAt = new Date(Math.floor((Date.now() + (options.startsInHours ?? 72) * HOUR) / 60_000) * 60_000);
  const { id } = await saveEvent(
    {
      kind: "FOCUS_GROUP",
      title: `Фокус-группа ${randomBytes(3).toString("hex")}`,
      description: "Обсуждаем доставку",
      city: "Москва",
      address: "ул. Мясницкая, д. 26",
      onlineUrl: undefined,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      capacity: options.capacity,
      segment: { regions: options.regions ?? [], ageBands: [], services: [] },
      screening: options.screening ?? [],
    },
    { id: randomUUID() },
  );
  await publishEvent(id);
  return id;
}

/**
 * The outbox messages of a template to a member, with the attachments their delivery jobs carry (the payload
 * is only in graphile-worker's private table; its public view leaves it out).
 */
async function emailsTo(memberId: string, template: string) {
  const { email } = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { email: true } });
  const messages = (await emailsWhere({ to: email, template })).map(({ id, subject }) => ({ id, subject }));
  return Promise.all(
    messages.map(async (message) => {
      const [job] = await db.$queryRaw<{ payload: { attachments?: { filename: string; content: string }[] } }[]>`
        SELECT payload FROM graphile_worker._private_jobs WHERE key = ${deliveryJobKey(message.id)}`;
      return { ...message, attachments: job?.payload.attachments ?? [] };
    }),
  );
}

const statusOf = async (eventId: string, memberId: string) =>
  (
    await db.eventRegistration.findUniqueOrThrow({
      where: { eventId_memberId: { eventId, memberId } },
      select: { status: true },
    })
  ).status;

describe("applications", () => {
  it("20 members applying at once for the last place: exactly one gets it, the rest wait", async () => {
    const eventId = await publishedEvent({ capacity: 2 });
    const first = await createTestMember();
    expect((await applyToEvent(first.id, { eventId, answers: {} }, "ru")).status).toBe("ACCEPTED");

    const members = await Promise.all(Array.from({ length: 20 }, () => createTestMember()));
    const results = await Promise.all(members.map((member) => applyToEvent(member.id, { eventId, answers: {} }, "ru")));
    expect(results.filter((result) => result.status === "ACCEPTED")).toHaveLength(1);
    expect(results.filter((result) => result.status === "WAITLISTED")).toHaveLength(19);
    expect(await db.eventRegistration.count({ where: { eventId, status: "ACCEPTED" } })).toBe(2);

    const winner = members[results.findIndex((result) => result.status === "ACCEPTED")];
    const [confirmation] = await emailsTo(winner.id, "event-accepted");
    expect(confirmation.attachments).toHaveLength(1);
    expect(confirmation.attachments[0].filename).toBe("event.ics");
    const waiting = members.find((_, index) => results[index].status === "WAITLISTED")!;
    expect(await emailsTo(waiting.id, "event-waitlisted")).toHaveLength(1);
  });

  it("a cancelled place goes to the earliest on the waiting list, who is emailed an invite", async () => {
    const eventId = await publishedEvent({ capacity: 1 });
    const [holder, earlier, later] = await Promise.all([createTestMember(), createTestMember(), createTestMember()]);
    const now = Date.now();
    const held = await applyToEvent(holder.id, { eventId, answers: {} }, "ru", new Date(now));
    await applyToEvent(earlier.id, { eventId, answers: {} }, "ru", new Date(now + 1000));
    await applyToEvent(later.id, { eventId, answers: {} }, "ru", new Date(now + 2000));

    const { promotedId } = await cancelRegistration(held.registrationId, { memberId: holder.id });
    expect(await statusOf(eventId, holder.id)).toBe("CANCELLED");
    expect(await statusOf(eventId, earlier.id)).toBe("ACCEPTED");
    expect(await statusOf(eventId, later.id)).toBe("WAITLISTED");
    expect(promotedId).not.toBeNull();

    const [promoted] = await emailsTo(earlier.id, "event-promoted");
    expect(promoted.subject).toContain("Освободилось место");
    const calendar = new ICAL.Component(ICAL.parse(promoted.attachments[0].content));
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    const event = await db.clubEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(vevent.summary).toBe(event.title);
    expect(vevent.startDate.toJSDate().getTime()).toBe(event.startsAt.getTime());
    expect(vevent.location).toBe("Москва, ул. Мясницкая, д. 26");

    // Cancelling twice changes nothing; a stranger cannot cancel someone else's place.
    expect((await cancelRegistration(held.registrationId, { memberId: holder.id })).promotedId).toBeNull();
    const promotedRow = await db.eventRegistration.findFirstOrThrow({ where: { eventId, memberId: earlier.id } });
    await expect(cancelRegistration(promotedRow.id, { memberId: holder.id })).rejects.toBeInstanceOf(ActionError);
  });

  it("a place freed by someone else is announced in the language the member joined the club in", async () => {
    const eventId = await publishedEvent({ capacity: 1 });
    const [holder, waiting] = await Promise.all([createTestMember(), createTestMember()]);
    await addTestApplication(waiting.id, "en");
    const held = await applyToEvent(holder.id, { eventId, answers: {} }, "ru");
    await applyToEvent(waiting.id, { eventId, answers: {} }, "en");

    await cancelRegistration(held.registrationId, { memberId: holder.id });

    const [waitlisted] = await emailsTo(waiting.id, "event-waitlisted");
    const [promoted] = await emailsTo(waiting.id, "event-promoted");
    expect(waitlisted.subject).toMatch(/^You are on the waiting list: /);
    expect(promoted.subject).toMatch(/^A place is free: /);
  });

  it("of a member who leaves the club are given up, and the waiting list moves", async () => {
    const eventId = await publishedEvent({ capacity: 1 });
    const [leaver, waiting] = await Promise.all([createTestMember(), createTestMember()]);
    await applyToEvent(leaver.id, { eventId, answers: {} }, "ru");
    await applyToEvent(waiting.id, { eventId, answers: {} }, "ru");
    expect(await cancelMemberRegistrations(leaver.id)).toBe(1);
    expect(await statusOf(eventId, leaver.id)).toBe("CANCELLED");
    expect(await statusOf(eventId, waiting.id)).toBe("ACCEPTED");
  });

  it("with screening wait for staff, who accept while there is room and decline with an email", async () => {
    const eventId = await publishedEvent({
      capacity: 1,
      screening: [{ id: "why", text: "Почему вы хотите участвовать?" }],
    });
    const [a, b, c] = await Promise.all([createTestMember(), createTestMember(), createTestMember()]);
    await expect(applyToEvent(a.id, { eventId, answers: {} }, "ru")).rejects.toMatchObject({
      messageKey: "events.errors.answerAll",
    });
    const ra = await applyToEvent(a.id, { eventId, answers: { why: "Часто отправляю посылки" } }, "ru");
    const rb = await applyToEvent(b.id, { eventId, answers: { why: "Интересно" } }, "ru");
    const rc = await applyToEvent(c.id, { eventId, answers: { why: "Хочу помочь" } }, "ru");
    expect([ra.status, rb.status, rc.status]).toEqual(["PENDING", "PENDING", "PENDING"]);

    expect((await decideRegistration({ registrationId: ra.registrationId, decision: "ACCEPT" })).status).toBe(
      "ACCEPTED",
    );
    expect((await decideRegistration({ registrationId: rb.registrationId, decision: "ACCEPT" })).status).toBe(
      "WAITLISTED",
    );
    expect((await decideRegistration({ registrationId: rc.registrationId, decision: "DECLINE" })).status).toBe(
      "DECLINED",
    );
    expect(await emailsTo(c.id, "event-declined")).toHaveLength(1);
    const saved = await db.eventRegistration.findUniqueOrThrow({ where: { id: ra.registrationId } });
    expect(saved.screeningAnswers).toEqual({ why: "Часто отправляю посылки" });
  });

  it("are only for members of the event's segment, once each", async () => {
    const eventId = await publishedEvent({ capacity: 5, regions: ["Тверская область"] });
    const outsider = await createTestMember();
    await expect(applyToEvent(outsider.id, { eventId, answers: {} }, "ru")).rejects.toMatchObject({
      messageKey: "events.errors.notEligible",
    });
    const insider = await createTestMember();
    await db.member.update({ where: { id: insider.id }, data: { region: "тверская область" } });
    expect((await applyToEvent(insider.id, { eventId, answers: {} }, "ru")).status).toBe("ACCEPTED");
    await expect(applyToEvent(insider.id, { eventId, answers: {} }, "ru")).rejects.toMatchObject({
      messageKey: "events.errors.alreadyApplied",
    });
  });
});

describe("attendance", () => {
  it("by the list or by the member's code earns the meeting's points once per registration", async () => {
    const existing = await db.pointsRule.findFirst({
      where: { kind: "ACTIVITY", subject: "MEETING_ATTENDED", isActive: true },
      orderBy: { createdAt: "asc" },
    });
    const rule = existing ?? (await createRule({ kind: "ACTIVITY", subject: "MEETING_ATTENDED", fixedPoints: 50 }));
    const eventId = await publishedEvent({ capacity: 5 });
    const [a, b] = await Promise.all([createTestMember(), createTestMember()]);
    const ra = await applyToEvent(a.id, { eventId, answers: {} }, "ru");
    const rb = await applyToEvent(b.id, { eventId, answers: {} }, "ru");

    await markAttendance({ registrationId: ra.registrationId, isAttended: true });
    await markAttendance({ registrationId: ra.registrationId, isAttended: true });
    expect(await balanceOf(a.id)).toBe(rule.fixedPoints);

    const { checkInCode } = await db.eventRegistration.findUniqueOrThrow({ where: { id: rb.registrationId } });
    await checkInByCode({ eventId, code: checkInCode });
    expect(await balanceOf(b.id)).toBe(rule.fixedPoints);
    expect(
      (await db.eventRegistration.findUniqueOrThrow({ where: { id: rb.registrationId } })).attendedAt,
    ).not.toBeNull();
    await expect(checkInByCode({ eventId, code: "ZZZZ2222" })).rejects.toMatchObject({
      messageKey: "events.errors.codeUnknown",
    });
  });
});

describe("reminders and cancellation", () => {
  it("remind members with a place of tomorrow's event once, even with two workers at once", async () => {
    const eventId = await publishedEvent({ capacity: 5, startsInHours: 20 });
    const later = await publishedEvent({ capacity: 5, startsInHours: 30 });
    const member = await createTestMember();
    await applyToEvent(member.id, { eventId, answers: {} }, "ru");
    await applyToEvent(member.id, { eventId: later, answers: {} }, "ru");

    await Promise.all([sendEventReminders(), sendEventReminders()]);
    await sendEventReminders();
    const reminders = await emailsTo(member.id, "event-reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toContain("Напоминание");
    expect((await db.clubEvent.findUniqueOrThrow({ where: { id: later } })).reminderSentAt).toBeNull();
  });

  it("of an event tells everyone with a place or waiting", async () => {
    const eventId = await publishedEvent({ capacity: 1 });
    const [a, b] = await Promise.all([createTestMember(), createTestMember()]);
    await applyToEvent(a.id, { eventId, answers: {} }, "ru");
    await applyToEvent(b.id, { eventId, answers: {} }, "ru");
    expect((await cancelEvent(eventId)).notified).toBe(2);
    expect(await emailsTo(b.id, "event-cancelled")).toHaveLength(1);
    await expect(applyToEvent((await createTestMember()).id, { eventId, answers: {} }, "ru")).rejects.toMatchObject({
      messageKey: "events.errors.closed",
    });
  });
});
