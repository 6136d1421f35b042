import { randomBytes, randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { rateAnswer } from "@/lib/cases/answer-rating";
import { fileComplaint } from "@/lib/cases/file-complaint";
import { MOVE_CASE_SELECT, moveCase } from "@/lib/cases/lifecycle/move-case";
import type { TActor } from "@/lib/cases/lifecycle/statuses";
import { rateOffice } from "@/lib/cases/rate-office";
import { ZFileComplaint, ZRateOffice } from "@/lib/cases/schemas";
import { complaintFields } from "@/lib/cases/test-fixtures";
import { seedFilingBasics } from "@/lib/cases/test-support";
import { db } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { addDays, weekStart } from "@/lib/time/operator-day";

import { onTimeShare } from "./on-time";
import { outcomeCounts } from "./outcomes";
import { overdueCaseNumbers } from "./overdue";
import { satisfactionBy } from "./satisfaction";
import { parseReportQuery } from "./schemas";
import type { TReportViewer } from "./scope";

// Cases go through the lifecycle as staff and applicants move them (filing, moveCase, the rating), at the real
// "now". Each test has an office of its own and reads the reports as that office's head, so no other test's
// cases enter its figures.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const run = randomBytes(3).toString("hex");
let operator: { id: string; name: string };
let actor: TActor;

beforeAll(async () => {
  await seedFilingBasics();
  const name = `Оператор Отчётов ${run}`;
  const row = await db.staffUser.create({
    data: { email: `lifecycle-reports-${run}@staff.example`, name, role: "OPERATOR" },
  });
  operator = { id: row.id, name };
  actor = { kind: "staff", id: row.id, role: "OPERATOR" };
});

/** A fresh office and its head: the reports that head sees hold this test's cases only. */
async function freshOffice(): Promise<{ postcode: string; head: TReportViewer }> {
  const postcode = String(700_000 + randomInt(0, 99_999));
  await db.office.create({ data: { postcode, name: `Отделение ${postcode}`, type: "О", region: `Область ${run}` } });
  return { postcode, head: { role: "OFFICE_HEAD", officePostcodes: [postcode] } };
}

async function file(postcode: string) {
  const filed = await fileComplaint(ZFileComplaint.parse(complaintFields({ officePostcode: postcode })), {
    channel: "WEB",
    locale: "ru",
    ip: `198.51.100.${randomInt(1, 250)}`,
  });
  return { number: filed.caseNumber, token: filed.statusToken! };
}

async function move(
  number: string,
  to: CaseStatus,
  options: { via: "reply" | "status" | "outcome"; reason?: string; extra?: object },
) {
  const current = await db.case.findUniqueOrThrow({ where: { number }, select: MOVE_CASE_SELECT });
  await db.$transaction((tx) => moveCase(tx, current, to, actor, { ...options, tellApplicants: false }));
}

/** The ISO week of a moment in Moscow time, as the reports name weeks (2026-W05). */
function isoWeek(moment: Date): string {
  const thursday = new Date(`${addDays(weekStart(moment), 3)}T00:00:00Z`);
  const year = thursday.getUTCFullYear();
  const january4 = new Date(Date.UTC(year, 0, 4));
  const firstThursday = january4.getTime() + (3 - ((january4.getUTCDay() + 6) % 7)) * DAY;
  return `${year}-W${String(1 + Math.round((thursday.getTime() - firstThursday) / (7 * DAY))).padStart(2, "0")}`;
}

const thisPeriod = () => parseReportQuery({}, new Date());

describe("satisfaction after the answer", () => {
  it("shows the applicant's rating under the operator whose reply answered, and under the week of the answer", async () => {
    const { postcode, head } = await freshOffice();
    const { number, token } = await file(postcode);
    await move(number, "ANSWERED", { via: "reply" });
    await rateAnswer({ token, score: 4 });

    expect(await satisfactionBy("operator", thisPeriod(), head)).toEqual([
      { key: operator.id, labelRu: operator.name, labelEn: operator.name, count: 1, mean: 4, scores: [0, 0, 0, 1, 0] },
    ]);
    const { answeredAt } = await db.case.findUniqueOrThrow({ where: { number }, select: { answeredAt: true } });
    const weeks = (await satisfactionBy("week", thisPeriod(), head)).filter((row) => row.count > 0);
    expect(weeks).toEqual([expect.objectContaining({ key: isoWeek(answeredAt!), count: 1, mean: 4 })]);

    // The applicant changes their mind: the last rating counts.
    await rateAnswer({ token, score: 2 });
    expect(await satisfactionBy("office", thisPeriod(), head)).toEqual([
      expect.objectContaining({ key: postcode, count: 1, mean: 2, scores: [0, 1, 0, 0, 0] }),
    ]);
  });
});

describe("answers on time and the other outcomes, by the lifecycle's clock", () => {
  it("keeps a forwarded appeal out of the on-time share and counts it among the outcomes, within 7 days", async () => {
    const { postcode, head } = await freshOffice();
    const answered = await file(postcode);
    await move(answered.number, "ANSWERED", { via: "reply" });
    // Past its deadline when forwarded: an on-time count that took it for an open case would call it late.
    const forwarded = await file(postcode);
    await db.case.update({ where: { number: forwarded.number }, data: { dueAt: new Date(Date.now() - DAY) } });
    await move(forwarded.number, "FORWARDED", {
      via: "outcome",
      reason: "Вопрос в компетенции Роскомнадзора",
      extra: { forwardedTo: "Роскомнадзор" },
    });
    // Forwarded ten days after its registration: counted, but not within the 7 days of ст. 8 ч. 3.
    const late = await file(postcode);
    await db.case.update({
      where: { number: late.number },
      data: { registeredAt: new Date(Date.now() - 10 * DAY), status: "FORWARDED", closedAt: new Date() },
    });

    expect(await onTimeShare(thisPeriod(), head)).toEqual([
      { type: "COMPLAINT", onTime: 1, late: 0, pending: 0, closedUnanswered: 0, share: 100 },
      { type: null, onTime: 1, late: 0, pending: 0, closedUnanswered: 0, share: 100 },
    ]);
    expect(await outcomeCounts(thisPeriod(), head)).toEqual([
      { type: "COMPLAINT", forwarded: 2, forwardedInTime: 1, leftUnanswered: 0, correspondenceEnded: 0 },
      { type: null, forwarded: 2, forwardedInTime: 1, leftUnanswered: 0, correspondenceEnded: 0 },
    ]);
    expect(await overdueCaseNumbers(thisPeriod(), head)).toEqual([]);
  });

  it("never counts an office rating in the on-time share, even one with an old deadline answered in time", async () => {
    const { postcode, head } = await freshOffice();
    await rateOffice(ZRateOffice.parse({ officePostcode: postcode, score: 2, comment: "Долго ждал" }), {
      channel: "WEB",
      locale: "ru",
      ip: "198.51.100.251",
    });
    const rating = await db.case.findFirstOrThrow({
      where: { officePostcode: postcode, type: "RATING" },
      select: { id: true, dueAt: true },
    });
    expect(rating.dueAt).toBeNull();
    await db.case.update({
      where: { id: rating.id },
      data: { dueAt: new Date(Date.now() + DAY), answeredAt: new Date(), status: "ANSWERED" },
    });

    expect(await onTimeShare(thisPeriod(), head)).toEqual([]);
    const all = await onTimeShare(parseReportQuery({ type: "RATING" }, new Date()), head);
    expect(all).toEqual([]);
  });

  it("never calls a paused case late, nor lists it overdue; a running case past its deadline is both", async () => {
    const { postcode, head } = await freshOffice();
    const paused = await file(postcode);
    await move(paused.number, "WAITING_FOR_CUSTOMER", { via: "status" });
    const running = await file(postcode);
    await move(running.number, "IN_PROGRESS", { via: "status" });
    await db.case.updateMany({
      where: { number: { in: [paused.number, running.number] } },
      data: { dueAt: new Date(Date.now() - HOUR) },
    });

    expect(await onTimeShare(thisPeriod(), head)).toEqual([
      { type: "COMPLAINT", onTime: 0, late: 1, pending: 1, closedUnanswered: 0, share: 0 },
      { type: null, onTime: 0, late: 1, pending: 1, closedUnanswered: 0, share: 0 },
    ]);
    expect(await overdueCaseNumbers(thisPeriod(), head)).toEqual([running.number]);
  });
});
