import { randomBytes, randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { emailsWhere } from "@/lib/email/test-fixtures";
import type { CasePriority, CaseStatus, CaseType, StaffRole } from "@/lib/generated/prisma/enums";

import { escalateOverdueCases } from "./escalate-overdue-cases";
import { sendDeadlineDigest } from "./send-deadline-digest";

// The tests' "now" lies in 2015-2016, before any case other test files create (theirs are due years later),
// so the counts below are this file's own cases; recipients other files add are left out of the assertions.
// (Not earlier: the expected instants below take Moscow as UTC+3, which it has kept since October 2014.)
const run = randomBytes(3).toString("hex");
const staffEmail = (name: string) => `${name}-${run}@portal.example`;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function staff(name: string, role: StaffRole, options: { isDisabled?: boolean; hasPassword?: boolean } = {}) {
  const { hasPassword = true, isDisabled = false } = options;
  await db.staffUser.create({
    data: {
      email: staffEmail(name),
      name,
      role,
      isDisabled,
      passwordHash: hasPassword ? "scrypt$not-used-here" : null,
    },
  });
}

let serial = randomInt(0, 900_000);

type TSeed = { status?: CaseStatus; pausedAt?: Date; type?: CaseType; priority?: CasePriority; mergedIntoId?: string };

/** A case as the clock reads it, inserted directly: only its status, deadline, pause and merge matter here. */
async function seedCase(dueAt: Date | null, options: TSeed = {}) {
  serial += 1;
  const number = `Ж-2015-${String(serial).padStart(6, "0")}`;
  await db.case.create({
    data: {
      number,
      type: options.type ?? "COMPLAINT",
      status: options.status ?? "IN_PROGRESS",
      priority: options.priority ?? "NORMAL",
      applicantName: "Петров Иван",
      applicantEmail: `deadline-${run}@mail.example`,
      text: "Срок ответа",
      dueAt,
      pausedAt: options.pausedAt ?? null,
      mergedIntoId: options.mergedIntoId ?? null,
    },
  });
  return number;
}

const caseId = async (number: string) =>
  (await db.case.findUniqueOrThrow({ where: { number }, select: { id: true } })).id;

const mailTo = (name: string, template: string) => emailsWhere({ to: staffEmail(name), template });

beforeAll(async () => {
  await staff("supervisor", "SUPERVISOR");
  await staff("admin", "ADMIN");
  await staff("operator", "OPERATOR");
  await staff("disabled", "SUPERVISOR", { isDisabled: true });
  await staff("invited", "SUPERVISOR", { hasPassword: false });
});

describe("the morning deadline digest", () => {
  // 08:00 in Moscow on 15 June 2015.
  const now = new Date("2015-06-15T05:00:00Z");

  it("tells supervisors and admins what is overdue, due today and due within three days, most urgent first", async () => {
    const overdueOld = await seedCase(new Date(now.getTime() - 3 * DAY));
    const overdueNew = await seedCase(new Date(now.getTime() - HOUR));
    const today = await seedCase(new Date("2015-06-15T20:59:59.999Z")); // 23:59:59 Moscow
    const soon = await seedCase(new Date("2015-06-18T20:59:59.999Z")); // the third day after today
    const later = await seedCase(new Date("2015-06-19T20:59:59.999Z"));
    const paused = await seedCase(new Date(now.getTime() - DAY), {
      status: "WAITING_FOR_CUSTOMER",
      pausedAt: new Date(now.getTime() - 2 * DAY),
    });
    const answered = await seedCase(new Date(now.getTime() - DAY), { status: "ANSWERED" });
    const merged = await seedCase(new Date(now.getTime() - DAY), { mergedIntoId: await caseId(overdueOld) });
    const forwarded = await seedCase(new Date(now.getTime() - DAY), { status: "FORWARDED" });
    const rating = await seedCase(null, { type: "RATING", status: "NEW" });
    const pausedToday = await seedCase(new Date(now.getTime() + HOUR), {
      status: "WAITING_FOR_CUSTOMER",
      pausedAt: new Date(now.getTime() - DAY),
    });

    const result = await sendDeadlineDigest(now);
    expect(result.counts).toEqual({ overdue: 2, dueToday: 1, dueSoon: 1 });

    for (const name of ["supervisor", "admin"]) {
      const [digest, ...more] = await mailTo(name, "deadline-digest");
      expect(more).toHaveLength(0);
      expect(digest.subject).toBe("Сроки на 15.06.2015: просрочено 2, сегодня 1, в ближайшие 3 дня 1");
      const text = digest.text;
      expect(text.indexOf(overdueOld)).toBeGreaterThan(-1);
      expect(text.indexOf(overdueOld)).toBeLessThan(text.indexOf(overdueNew));
      expect(text.indexOf(overdueNew)).toBeLessThan(text.indexOf(today));
      expect(text.indexOf(today)).toBeLessThan(text.indexOf(soon));
      // The number links to the case page; the plain-text part shows the address after it.
      expect(text).toMatch(
        new RegExp(`${today} \\S+/console/cases/${encodeURIComponent(today)} — срок 15\\.06\\.2015, 23:59`),
      );
      for (const absent of [later, paused, answered, merged, forwarded, rating, pausedToday])
        expect(text).not.toContain(absent);
    }
    for (const name of ["operator", "disabled", "invited"])
      expect(await mailTo(name, "deadline-digest")).toHaveLength(0);
  });

  it("lists ten cases a group and counts the rest", async () => {
    const day = new Date("2015-09-10T05:00:00Z");
    for (let index = 0; index < 12; index += 1) await seedCase(new Date(day.getTime() + (index + 1) * 60_000));
    const before = (await mailTo("supervisor", "deadline-digest")).length;
    const result = await sendDeadlineDigest(day);
    expect(result.counts.dueToday).toBe(12);
    const digests = await mailTo("supervisor", "deadline-digest");
    expect(digests).toHaveLength(before + 1);
    const latest = digests.find((digest) => digest.subject.startsWith("Сроки на 10.09.2015"));
    expect(latest?.text).toContain("…и ещё 2 в консоли.");
  });

  it("sends nothing on a day with nothing to report", async () => {
    const before = (await mailTo("supervisor", "deadline-digest")).length;
    expect(await sendDeadlineDigest(new Date("2015-01-10T05:00:00Z"))).toEqual({
      recipients: 0,
      counts: { overdue: 0, dueToday: 0, dueSoon: 0 },
    });
    expect(await mailTo("supervisor", "deadline-digest")).toHaveLength(before);
  });
});

describe("escalation of overdue cases", () => {
  // Later than every case of the digest tests above: those are overdue now too.
  const now = new Date("2016-03-01T10:00:00Z");

  it("raises each overdue running case to URGENT once, with an internal priority change and one email per run", async () => {
    const dueAt = new Date(now.getTime() - HOUR);
    const overdue = await seedCase(dueAt, { priority: "HIGH" });
    const notYet = await seedCase(new Date(now.getTime() + HOUR));
    const paused = await seedCase(new Date(now.getTime() - DAY), {
      status: "WAITING_FOR_CUSTOMER",
      pausedAt: new Date(now.getTime() - 2 * DAY),
    });
    const closed = await seedCase(new Date(now.getTime() - DAY), { status: "CLOSED" });
    const merged = await seedCase(new Date(now.getTime() - DAY), { mergedIntoId: await caseId(notYet) });
    const forwarded = await seedCase(new Date(now.getTime() - DAY), { status: "FORWARDED" });
    const rating = await seedCase(null, { type: "RATING", status: "NEW" });
    const untouched = [notYet, paused, closed, merged, forwarded, rating];

    const first = await escalateOverdueCases(now);
    expect(first.escalated).toContain(overdue);
    for (const number of untouched) expect(first.escalated).not.toContain(number);

    const escalated = await db.case.findUniqueOrThrow({
      where: { number: overdue },
      select: {
        priority: true,
        events: { select: { kind: true, isPublic: true, staffId: true, data: true, createdAt: true } },
      },
    });
    expect(escalated.priority).toBe("URGENT");
    expect(escalated.events).toEqual([
      {
        kind: "PRIORITY_CHANGED",
        isPublic: false,
        staffId: null,
        createdAt: now,
        data: {
          from: "HIGH",
          to: "URGENT",
          reason: "OVERDUE",
          before: { priority: "HIGH", dueAt: dueAt.toISOString() },
          after: { priority: "URGENT" },
        },
      },
    ]);
    for (const number of untouched) {
      expect((await db.case.findUniqueOrThrow({ where: { number }, select: { priority: true } })).priority).toBe(
        "NORMAL",
      );
    }

    const [mail, ...more] = await mailTo("supervisor", "cases-escalated");
    expect(more).toHaveLength(0);
    expect(mail.subject).toBe(`Просрочен срок ответа: ${first.escalated.length} — приоритет повышен до срочного`);
    expect(mail.text).toContain(overdue);
    expect(await mailTo("operator", "cases-escalated")).toHaveLength(0);

    // The next hour: nothing new to escalate, no email.
    expect(await escalateOverdueCases(new Date(now.getTime() + HOUR))).toEqual({ escalated: [] });
    expect(await mailTo("supervisor", "cases-escalated")).toHaveLength(1);
  });

  it("escalates each case once when two runs race", async () => {
    const later = new Date("2016-06-01T10:00:00Z");
    const numbers: string[] = [];
    for (let index = 0; index < 5; index += 1)
      numbers.push(await seedCase(new Date(later.getTime() - (index + 1) * HOUR)));

    const runs = await Promise.all([escalateOverdueCases(later), escalateOverdueCases(later)]);
    const all = runs.flatMap((result) => result.escalated);
    expect(all.filter((number) => numbers.includes(number)).sort()).toEqual([...numbers].sort());
    expect(new Set(all).size).toBe(all.length);
    // One of the runs did the work; the other found nothing left.
    expect(runs.filter((result) => result.escalated.length === 0)).toHaveLength(1);

    const marks = await db.caseEvent.count({
      where: {
        case: { number: { in: numbers } },
        kind: "PRIORITY_CHANGED",
        data: { path: ["reason"], equals: "OVERDUE" },
      },
    });
    expect(marks).toBe(numbers.length);
    expect(await mailTo("supervisor", "cases-escalated")).toHaveLength(2);
  });

  it("takes an escalation recorded before the lifecycle's event kinds as done", async () => {
    const later = new Date("2016-09-01T10:00:00Z");
    const earlier = await seedCase(new Date(later.getTime() - DAY), { priority: "URGENT" });
    const fresh = await seedCase(new Date(later.getTime() - DAY));
    // An older escalation, as the data migration turned it from a status change into a priority change.
    await db.caseEvent.create({
      data: {
        caseId: await caseId(earlier),
        kind: "PRIORITY_CHANGED",
        isPublic: false,
        data: {
          escalated: true,
          reason: "OVERDUE",
          before: { status: "IN_PROGRESS", priority: "NORMAL" },
          after: { status: "IN_PROGRESS", priority: "URGENT" },
        },
      },
    });
    // An earlier priority change for another reason is no escalation.
    await db.caseEvent.create({
      data: {
        caseId: await caseId(fresh),
        kind: "PRIORITY_CHANGED",
        isPublic: false,
        data: { from: "LOW", to: "NORMAL", reason: "TRIAGE" },
      },
    });
    expect(await escalateOverdueCases(later)).toEqual({ escalated: [fresh] });
  });
});
