// The production calendar's console actions, called as the page calls them: authorize, parse, write.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import {
  importCalendarYearAction,
  removeCalendarDayAction,
  saveCalendarDayAction,
} from "@/app/(console)/console/calendar/actions";
import type { TStaffUser } from "@/lib/auth/current-user";
import type { TTokenClaims } from "@/lib/auth/session-claims";
import { startStaffSession } from "@/lib/auth/sessions";
import { loadWorkCalendar } from "@/lib/cases/work-calendar";
import { staff } from "@/lib/console-cases/test-support";
import { db } from "@/lib/db";

import { listCalendarDays } from "./list-calendar-days";

// The signed session cookie of the request, as sign-in would set it; the rest of authorization is real.
let cookie: TTokenClaims | null = null;
vi.mock("@/lib/auth/session-cookie", async (original) => ({
  ...(await original()),
  sessionClaims: async () => cookie,
}));
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => import("@/lib/fuzz/request-scope"));

// A year far from the shipped ones, so no other test's deadlines meet these rows.
const YEAR = 2041;
const day = (date: string, isWorkingDay: boolean, note: string | null = null) => ({ date, isWorkingDay, note });
let admin: TTokenClaims;

async function signIn(user: TStaffUser): Promise<TTokenClaims> {
  return {
    kind: "staff",
    uid: user.id,
    sv: 0,
    role: user.role,
    until: Date.now() + 3_600_000,
    sid: await startStaffSession(user.id),
  };
}

beforeAll(async () => {
  admin = await signIn(await staff("ADMIN"));
});

beforeEach(async () => {
  cookie = admin;
  await db.workCalendarDay.deleteMany({
    where: { date: { gte: new Date(`${YEAR}-01-01`), lt: new Date(`${YEAR + 2}-01-01`) } },
  });
  await db.workCalendarDay.createMany({
    data: [
      { date: new Date(`${YEAR}-05-01`), isWorkingDay: false, note: "Праздник Весны и Труда" },
      { date: new Date(`${YEAR}-12-30`), isWorkingDay: false, note: "Ошибочный перенос" },
      { date: new Date(`${YEAR + 1}-01-01`), isWorkingDay: false, note: "Новый год" },
    ],
  });
});

describe("importing a year", () => {
  it("replaces that year's days with the pasted ones and leaves other years alone; deadlines read it at once", async () => {
    expect((await loadWorkCalendar()).isWorkingDay(`${YEAR}-01-02`)).toBe(true); // a Wednesday, read and kept
    const text = [
      `${YEAR}-01-01;0;Новогодние каникулы`,
      "",
      `  ${YEAR}-01-02;0;Новогодние каникулы  `,
      `${YEAR}-01-05;1;Рабочая суббота`,
      `${YEAR}-05-01;0`,
    ].join("\n");

    const result = await importCalendarYearAction({ year: YEAR, text });

    expect(result).toEqual({ ok: true, data: { year: YEAR, count: 4 } });
    expect(await listCalendarDays(YEAR)).toEqual([
      day(`${YEAR}-01-01`, false, "Новогодние каникулы"),
      day(`${YEAR}-01-02`, false, "Новогодние каникулы"),
      day(`${YEAR}-01-05`, true, "Рабочая суббота"),
      day(`${YEAR}-05-01`, false),
    ]);
    expect(await listCalendarDays(YEAR + 1)).toEqual([day(`${YEAR + 1}-01-01`, false, "Новый год")]);
    const calendar = await loadWorkCalendar();
    expect([
      calendar.isWorkingDay(`${YEAR}-01-02`),
      calendar.isWorkingDay(`${YEAR}-01-05`),
      calendar.isWorkingDay(`${YEAR}-12-30`),
    ]).toEqual([false, true, true]);
  });

  it("refuses the whole text when a line is bad, naming each bad line, and changes nothing", async () => {
    const before = await listCalendarDays(YEAR);
    const text = [
      `${YEAR}-01-01;0;Новогодние каникулы`,
      `${YEAR}-02-30;0;Нет такого дня`,
      `${YEAR}-03-08;да`,
      `${YEAR}-01-01;0;Ещё раз`,
      `${YEAR + 1}-01-01;0`,
      `${YEAR}-06-12`,
    ].join("\n");

    const result = await importCalendarYearAction({ year: YEAR, text });

    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(!result.ok && result.fieldErrors).toEqual({
      "lines.2": "Дата в виде ГГГГ-ММ-ДД, например 2027-01-01",
      "lines.3": "После даты укажите 0 (выходной) или 1 (рабочий день)",
      "lines.4": "Эта дата уже есть в строке выше",
      "lines.5": "Эта дата не из выбранного года",
      "lines.6": "Строка должна выглядеть так: 2027-01-01;0;Новый год",
    });
    expect(await listCalendarDays(YEAR)).toEqual(before);
  });

  it("refuses empty text", async () => {
    const result = await importCalendarYearAction({ year: YEAR, text: " \n\n" });
    expect(!result.ok && result.fieldErrors).toEqual({ text: "Вставьте хотя бы одну строку" });
    expect(await listCalendarDays(YEAR)).toHaveLength(2);
  });

  it("is for admins only: a supervisor is refused, and so is someone not signed in; nothing changes", async () => {
    const before = await listCalendarDays(YEAR);
    cookie = await signIn(await staff("SUPERVISOR"));
    expect(await importCalendarYearAction({ year: YEAR, text: `${YEAR}-01-01;0` })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await saveCalendarDayAction({ date: `${YEAR}-01-01`, isWorkingDay: false })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await removeCalendarDayAction({ date: `${YEAR}-05-01` })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    cookie = null;
    expect(await importCalendarYearAction({ year: YEAR, text: `${YEAR}-01-01;0` })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await listCalendarDays(YEAR)).toEqual(before);
  });
});

describe("editing one day", () => {
  it("adds a day, changes it by its date and removes it", async () => {
    expect(
      await saveCalendarDayAction({ date: `${YEAR}-06-12`, isWorkingDay: false, note: "День России" }),
    ).toMatchObject({ ok: true });
    expect(await saveCalendarDayAction({ date: `${YEAR}-06-12`, isWorkingDay: true, note: "" })).toMatchObject({
      ok: true,
    });
    expect(await listCalendarDays(YEAR)).toContainEqual(day(`${YEAR}-06-12`, true));
    expect((await loadWorkCalendar()).isWorkingDay(`${YEAR}-12-30`)).toBe(false);

    expect(await removeCalendarDayAction({ date: `${YEAR}-12-30` })).toMatchObject({ ok: true });
    expect((await loadWorkCalendar()).isWorkingDay(`${YEAR}-12-30`)).toBe(true); // a Monday again
    expect(await removeCalendarDayAction({ date: `${YEAR}-12-30` })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveCalendarDayAction({ date: `${YEAR}-02-30`, isWorkingDay: false })).toMatchObject({
      ok: false,
      fieldErrors: { date: "Дата в виде ГГГГ-ММ-ДД, например 2027-01-01" },
    });
  });
});
