// Legal clocks by case type, with the production calendar the migration ships (2026 and 2027).
import { beforeAll, describe, expect, it } from "vitest";

import { findApiCase } from "@/lib/api/find-api-case";
import { db } from "@/lib/db";

import { createCase, type TCaseOffice, type TNewCase } from "./create-case";
import { rateOffice } from "./rate-office";
import { reportQueue } from "./report-queue";
import { ZRateOffice, ZReportQueue } from "./schemas";
import { testEmail } from "./test-fixtures";

const MOSCOW: TCaseOffice = { postcode: "101000", region: "Москва", timeZone: "Europe/Moscow" };
const VLADIVOSTOK: TCaseOffice = { postcode: "690091", region: "Приморский край", timeZone: "Asia/Vladivostok" };
const web = { channel: "WEB" as const, locale: "ru" as const };

function filing(overrides: Partial<TNewCase>): TNewCase {
  return {
    type: "COMPLAINT",
    channel: "WEB",
    rule: "APPEAL",
    text: "В отделении работало одно окно из четырёх.",
    office: MOSCOW,
    applicant: { lastName: "Смирнов", firstName: "Алексей", email: testEmail(), role: "APPLICANT", locale: "ru" },
    ...overrides,
  };
}

const storedCase = (caseId: string) =>
  db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { dueAt: true, registerBy: true, deadlineRule: true, createdAt: true },
  });

beforeAll(async () => {
  for (const office of [MOSCOW, VLADIVOSTOK]) {
    await db.office.upsert({
      where: { postcode: office.postcode },
      create: {
        postcode: office.postcode,
        name: office.region,
        type: "О",
        region: office.region,
        timeZone: office.timeZone,
      },
      update: { timeZone: office.timeZone },
    });
  }
});

describe("an appeal", () => {
  it("whose 30 days end on 1 January 2027 is due at the end of 11 January, the first working day after the holidays", async () => {
    // Filed at noon on 2 December 2026, Moscow time: the 30th day is 1 January 2027.
    const created = await createCase(db, filing({ filedAt: new Date("2026-12-02T09:00:00Z") }));
    const stored = await storedCase(created.caseId);
    expect(stored.dueAt).toEqual(new Date("2027-01-11T20:59:59.999Z")); // 23:59:59.999 on 11 January in Moscow
    expect(created.dueAt).toEqual(stored.dueAt);
    // Its registration term ends on Saturday 5 December: it moves to Monday.
    expect(stored.registerBy).toEqual(new Date("2026-12-07T20:59:59.999Z"));
    expect(stored.createdAt).toEqual(new Date("2026-12-02T09:00:00Z"));
  });
});

describe("an office rating", () => {
  it("is feedback: no deadline and no registration term, and the API says so", async () => {
    const filed = await rateOffice(
      ZRateOffice.parse({ officePostcode: MOSCOW.postcode, score: 2, comment: "Долго ждал" }),
      web,
    );
    expect(filed.dueAt).toBeNull();
    const found = await db.case.findUniqueOrThrow({ where: { number: filed.caseNumber }, select: { id: true } });
    expect(await storedCase(found.id)).toMatchObject({ dueAt: null, registerBy: null, deadlineRule: "NONE" });
    expect(await findApiCase(filed.caseNumber, { kind: "apiKey", apiKeyId: "test" })).toMatchObject({
      type: "RATING",
      dueAt: null,
    });
  });
});

describe("a queue report", () => {
  it("is due by the end of the office's working day on which it was reported", async () => {
    const filed = await reportQueue(
      ZReportQueue.parse({ officePostcode: MOSCOW.postcode, comment: "Шесть человек" }),
      web,
    );
    const found = await db.case.findUniqueOrThrow({ where: { number: filed.caseNumber }, select: { id: true } });
    const stored = await storedCase(found.id);
    expect(stored).toMatchObject({ deadlineRule: "QUEUE_TARGET", registerBy: null });
    // 23:59:59.999 in Moscow, on the day of the report or, on a day off, the next working day.
    expect(stored.dueAt!.getUTCHours() * 60 + stored.dueAt!.getUTCMinutes()).toBe(20 * 60 + 59);
    expect(stored.dueAt!.getTime()).toBeGreaterThan(stored.createdAt.getTime());
    expect(stored.dueAt!.getTime() - stored.createdAt.getTime()).toBeLessThan(12 * 86_400_000);
  });

  it("counts the working day in the office's own zone and moves past holidays", async () => {
    const report = (filedAt: string, office: TCaseOffice) =>
      createCase(db, filing({ type: "QUEUE_REPORT", rule: "QUEUE_TARGET", office, filedAt: new Date(filedAt) }));
    // 00:30 on Wednesday 11 March in Vladivostok (still the 10th in Moscow): the end of the 11th there.
    expect((await report("2026-03-10T14:30:00Z", VLADIVOSTOK)).dueAt).toEqual(new Date("2026-03-11T13:59:59.999Z"));
    // Saturday 7 March in Moscow: Sunday, then the holiday moved to Monday 9 March; the end of Tuesday.
    expect((await report("2026-03-07T09:00:00Z", MOSCOW)).dueAt).toEqual(new Date("2026-03-10T20:59:59.999Z"));
  });
});
