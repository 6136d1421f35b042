import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { dayStart, localDate, weekStart } from "./operator-day";
import { localDateSql, periodStartSql, weekSql } from "./operator-day-sql";

// Moments either side of the boundaries that matter: Moscow midnight (21:00 UTC), a Sunday night, the year
// end, a leap day, and Berlin's switch to summer time for a zone with daylight saving time.
const MOMENTS = [
  "2026-11-21T20:59:59.999Z",
  "2026-11-21T21:00:00.000Z",
  "2027-01-03T20:59:59.999Z",
  "2027-01-03T21:00:00.000Z",
  "2026-12-31T20:59:59.999Z",
  "2026-12-31T21:00:00.000Z",
  "2028-02-28T21:00:00.000Z",
  "2026-03-28T23:30:00.000Z",
  "2026-03-29T12:00:00.000Z",
].map((iso) => new Date(iso));
const ZONES = [undefined, "Asia/Vladivostok", "Europe/Kaliningrad", "Europe/Berlin"];

type TRow = { date: string; week: string; dayStart: Date; monthStart: Date };

/** The SQL answers for one moment, stored the way Prisma stores DateTime (a UTC `timestamp`). */
async function inSql(client: Prisma.TransactionClient | typeof db, moment: Date, timeZone?: string): Promise<TRow> {
  const stored = Prisma.sql`(${moment.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const [row] = await client.$queryRaw<TRow[]>`
    SELECT to_char(${localDateSql(stored, timeZone)}, 'YYYY-MM-DD') AS "date",
           to_char(${weekSql(stored, timeZone)}, 'YYYY-MM-DD') AS "week",
           ${periodStartSql("day", Prisma.sql`${moment.toISOString()}::timestamptz`, timeZone)} AS "dayStart",
           ${periodStartSql("month", Prisma.sql`${moment.toISOString()}::timestamptz`, timeZone)} AS "monthStart"`;
  return row;
}

function inTypeScript(moment: Date, timeZone?: string): TRow {
  const date = localDate(moment, timeZone);
  return {
    date,
    week: weekStart(date),
    dayStart: dayStart(date, timeZone),
    monthStart: dayStart(`${date.slice(0, 8)}01`, timeZone),
  };
}

describe("calendar time in SQL and in TypeScript", () => {
  it("gives the same day, week, day start and month start", async () => {
    for (const timeZone of ZONES) {
      for (const moment of MOMENTS) {
        expect({ moment, timeZone, ...(await inSql(db, moment, timeZone)) }).toEqual({
          moment,
          timeZone,
          ...inTypeScript(moment, timeZone),
        });
      }
    }
  });

  it("does not depend on the session's time zone", async () => {
    const moment = new Date("2026-12-31T21:00:00.000Z");
    const row = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL TIME ZONE 'America/New_York'`;
      return inSql(tx, moment);
    });
    expect(row).toEqual(inTypeScript(moment));
    expect(row.date).toBe("2027-01-01");
  });

  it("refuses a zone name it does not know", () => {
    expect(() => localDateSql(Prisma.sql`now()`, "Mars/Olympus")).toThrow(RangeError);
    expect(() => weekSql(Prisma.sql`now()`, "Europe/Moscow'; DROP TABLE x; --")).toThrow(RangeError);
  });
});
