import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import { filingTerm } from "./filing-term";
import { forgetWorkCalendar, termFor } from "./work-calendar";

// Vladivostok keeps UTC+10: its 9 April 2031 starts at 14:00 UTC on the 8th.
const timeZone = "Asia/Vladivostok";
const dayOff = new Date("2031-04-14T00:00:00Z");
const asked = (at: string) => ({ rule: "APPEAL" as const, from: new Date(at), timeZone });

afterAll(async () => {
  await db.workCalendarDay.deleteMany({ where: { date: dayOff } });
  forgetWorkCalendar();
});

describe("the term of a case filed now", () => {
  it("is the term of its own local day, on either side of midnight and after the calendar changes", async () => {
    const lastOfTuesday = await filingTerm(asked("2031-04-08T13:59:59.999Z"), db);
    expect(lastOfTuesday).toEqual(await termFor(asked("2031-04-08T13:59:59.999Z"), db));
    // Registration's 3 days from Tuesday end on Friday the 11th; from Wednesday, on Saturday, so on Monday the 14th.
    expect(lastOfTuesday.registerBy?.toISOString()).toBe("2031-04-11T13:59:59.999Z");

    const firstOfWednesday = await filingTerm(asked("2031-04-08T14:00:00.000Z"), db);
    expect(firstOfWednesday).toEqual(await termFor(asked("2031-04-08T14:00:00.000Z"), db));
    expect(firstOfWednesday.registerBy?.toISOString()).toBe("2031-04-14T13:59:59.999Z");
    expect(await filingTerm(asked("2031-04-09T02:00:00Z"), db)).toEqual(firstOfWednesday);

    // Monday the 14th made a day off: the next filing that day is registered by Tuesday the 15th, at once.
    await db.workCalendarDay.create({ data: { date: dayOff, isWorkingDay: false, note: "test" } });
    forgetWorkCalendar();
    const afterTheChange = await filingTerm(asked("2031-04-09T03:00:00Z"), db);
    expect(afterTheChange).toEqual(await termFor(asked("2031-04-09T03:00:00Z"), db));
    expect(afterTheChange.registerBy?.toISOString()).toBe("2031-04-15T13:59:59.999Z");
  });
});
