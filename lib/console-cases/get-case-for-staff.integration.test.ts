import { beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { getCaseForStaff } from "./get-case-for-staff";
import { complaint, seedDesk } from "./test-support";

let operator: TStaffUser;

beforeAll(async () => {
  ({ operator } = await seedDesk());
});

describe("the case page's clock and names", () => {
  it("counts the days left to the last day, and the days past it once overdue, in the office's calendar", async () => {
    const filed = await complaint();
    // The end of 20 January 2027 in Moscow, the office's zone.
    await db.case.update({
      where: { id: filed.id },
      data: { status: "IN_PROGRESS", dueAt: new Date("2027-01-20T20:59:59.999Z"), pausedAt: null },
    });

    const early = await getCaseForStaff(filed.number, operator, new Date("2027-01-15T06:00:00Z"));
    expect(early!.deadline).toMatchObject({ state: "running", daysLeft: 5 });
    // Late in the evening of the last day, Moscow time, is still that day.
    const lastEvening = await getCaseForStaff(filed.number, operator, new Date("2027-01-20T20:30:00Z"));
    expect(lastEvening!.deadline).toMatchObject({ state: "due-today", daysLeft: 0 });
    const late = await getCaseForStaff(filed.number, operator, new Date("2027-01-22T06:00:00Z"));
    expect(late!.deadline).toMatchObject({ state: "overdue", daysLeft: -2 });
  });

  it("names the applicant by the parts of the name they gave, never with a dash for a missing one", async () => {
    const filed = await complaint({ lastName: "Ким", firstName: "Анна" });
    const found = await getCaseForStaff(filed.number, operator);
    expect(found!.filerName).toBe("Ким Анна");
    await db.caseApplicant.updateMany({ where: { caseId: filed.id }, data: { patronymic: "Сергеевна" } });
    expect((await getCaseForStaff(filed.number, operator))!.filerName).toBe("Ким Анна Сергеевна");
  });
});
