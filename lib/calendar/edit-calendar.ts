import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { forgetWorkCalendar } from "@/lib/cases/work-calendar";
import { db } from "@/lib/db";

import { yearBounds } from "./list-calendar-days";
import type { TImportCalendarYear, TRemoveCalendarDay, TSaveCalendarDay } from "./schemas";

const asDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** Marks a day a day off or a working day (a new exception, or a change of one). */
export async function saveCalendarDay(input: TSaveCalendarDay, user: TStaffUser): Promise<{ date: string }> {
  assertCan(user, "calendar.edit");
  const fields = { isWorkingDay: input.isWorkingDay, note: input.note ?? null };
  await db.workCalendarDay.upsert({
    where: { date: asDate(input.date) },
    create: { date: asDate(input.date), ...fields },
    update: fields,
  });
  forgetWorkCalendar();
  return { date: input.date };
}

/** Removes an exception: the day is again what the Monday–Friday week makes it. */
export async function removeCalendarDay(input: TRemoveCalendarDay, user: TStaffUser): Promise<{ date: string }> {
  assertCan(user, "calendar.edit");
  const removed = await db.workCalendarDay.deleteMany({ where: { date: asDate(input.date) } });
  if (removed.count === 0) throw new ActionError("NOT_FOUND", "actions.notFound");
  forgetWorkCalendar();
  return { date: input.date };
}

/**
 * Replaces a year's exceptions with the imported ones, in one transaction: a reader sees the old year or
 * the new one, never half of each. Deadlines already stored keep their dates; new terms read the new year.
 */
export async function importCalendarYear(
  input: TImportCalendarYear,
  user: TStaffUser,
): Promise<{ year: number; count: number }> {
  assertCan(user, "calendar.edit");
  await db.$transaction([
    db.workCalendarDay.deleteMany({ where: { date: yearBounds(input.year) } }),
    db.workCalendarDay.createMany({
      data: input.days.map((day) => ({
        date: asDate(day.date),
        isWorkingDay: day.isWorkingDay,
        note: day.note ?? null,
      })),
    }),
  ]);
  forgetWorkCalendar();
  return { year: input.year, count: input.days.length };
}
