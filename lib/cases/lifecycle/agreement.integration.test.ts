import { randomBytes, randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { getCaseForStaff } from "@/lib/console-cases/get-case-for-staff";
import { db } from "@/lib/db";
import { escalateOverdueCases } from "@/lib/deadlines/escalate-overdue-cases";
import { sendDeadlineDigest } from "@/lib/deadlines/send-deadline-digest";
import type { TDeadlineDigestData } from "@/lib/email/templates/deadline-digest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listCases } from "@/lib/inbox/list-cases";
import { parseInboxQuery } from "@/lib/inbox/schemas";
import { listInboxViews } from "@/lib/inbox/views";
import { onTimeShare } from "@/lib/reports/on-time";
import { overdueCaseNumbers } from "@/lib/reports/overdue";
import { parseReportQuery } from "@/lib/reports/schemas";

// One set of cases and one "now": the inbox, the case page, the overview, the reports, the morning digest and
// the escalation must name exactly the same cases overdue. Each place asks the lifecycle's clock; a place with
// a definition of its own (counting a paused case, a merged duplicate, a forwarded appeal, a rating without a
// deadline) makes this test fail.
//
// "Now" is 12:00 in Moscow on 3 December 2014, before the deadlines of every other test file's cases (theirs
// fall in 2015 and later), so the digest's and the escalation's department-wide figures are this file's own.
// The cases are deleted afterwards, so they never show up in another file's figures.
const NOW = new Date("2014-12-03T09:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const ahead = (ms: number) => new Date(NOW.getTime() + ms);

const run = randomBytes(3).toString("hex");
const OFFICE = String(800_000 + randomInt(0, 99_999));
const SUPERVISOR_EMAIL = `agreement-supervisor-${run}@staff.example`;

type TFixture = {
  fields: Omit<Prisma.CaseUncheckedCreateInput, "number" | "applicantName" | "applicantEmail" | "text">;
  isOverdue: boolean;
};

/** Every case of the set, and whether the clock calls it overdue at NOW. */
const FIXTURES = {
  running: { isOverdue: true, fields: { type: "COMPLAINT", status: "IN_PROGRESS", dueAt: ago(HOUR) } },
  reopened: {
    isOverdue: true,
    fields: { type: "CLAIM", status: "REOPENED", dueAt: ago(DAY), answeredAt: ago(10 * DAY) },
  },
  queuePastTarget: {
    isOverdue: true,
    fields: { type: "QUEUE_REPORT", status: "REGISTERED", dueAt: ago(2 * HOUR), deadlineRule: "QUEUE_TARGET" },
  },
  pausedPastDeadline: {
    isOverdue: false,
    fields: { type: "COMPLAINT", status: "WAITING_FOR_CUSTOMER", dueAt: ago(2 * DAY), pausedAt: ago(5 * DAY) },
  },
  dueLaterToday: { isOverdue: false, fields: { type: "CLAIM", status: "REGISTERED", dueAt: ahead(3 * HOUR) } },
  answeredLate: {
    isOverdue: false,
    fields: { type: "COMPLAINT", status: "ANSWERED", dueAt: ago(5 * DAY), answeredAt: ago(2 * DAY) },
  },
  closed: {
    isOverdue: false,
    fields: {
      type: "COMPLAINT",
      status: "CLOSED",
      dueAt: ago(3 * DAY),
      answeredAt: ago(10 * DAY),
      closedAt: ago(9 * DAY),
    },
  },
  // Its status left open, so only the merge keeps it off the overdue lists.
  mergedPastDeadline: { isOverdue: false, fields: { type: "COMPLAINT", status: "IN_PROGRESS", dueAt: ago(2 * DAY) } },
  ratingWithoutDeadline: {
    isOverdue: false,
    fields: { type: "RATING", status: "NEW", dueAt: null, deadlineRule: "NONE", ratingScore: 2 },
  },
  forwardedPastDeadline: {
    isOverdue: false,
    fields: { type: "COMPLAINT", status: "FORWARDED", dueAt: ago(DAY), forwardedTo: "Роскомнадзор" },
  },
} satisfies Record<string, TFixture>;

type TName = keyof typeof FIXTURES;
const NAMES = Object.keys(FIXTURES) as TName[];
const number: Record<TName, string> = {} as Record<TName, string>;
let head: TStaffUser;

const sorted = (values: Iterable<string>) => [...values].sort();
const mine = (numbers: string[]) => sorted(numbers.filter((value) => NAMES.some((name) => number[name] === value)));
const expectedOverdue = () => sorted(NAMES.filter((name) => FIXTURES[name].isOverdue).map((name) => number[name]));

beforeAll(async () => {
  await db.office.create({
    data: { postcode: OFFICE, name: `Отделение ${OFFICE}`, type: "ОПС", region: `Область сроков ${run}` },
  });
  const row = await db.staffUser.create({
    data: {
      email: `agreement-head-${run}@staff.example`,
      name: `Начальник ${run}`,
      role: "OFFICE_HEAD",
      offices: { create: [{ officePostcode: OFFICE }] },
    },
    select: { id: true, email: true, name: true, role: true },
  });
  // An office head sees this office only: the inbox, the case page, the overview and the reports count this set.
  head = { kind: "staff", ...row, officePostcodes: [OFFICE], hasTotp: false };
  await db.staffUser.create({
    data: {
      email: SUPERVISOR_EMAIL,
      name: `Руководитель ${run}`,
      role: "SUPERVISOR",
      passwordHash: "scrypt$not-used-here",
    },
  });

  const base = randomInt(0, 900_000);
  for (const [index, name] of NAMES.entries()) {
    const prefix = { COMPLAINT: "Ж", CLAIM: "Р", RATING: "О", QUEUE_REPORT: "Ч" }[FIXTURES[name].fields.type];
    number[name] = `${prefix}-2014-${String(base + index).padStart(6, "0")}`;
    await db.case.create({
      data: {
        number: number[name],
        applicantName: `Заявитель ${name}`,
        applicantEmail: `agreement-${run}-${index}@mail.example`,
        text: "Сроки",
        officePostcode: OFFICE,
        region: `Область сроков ${run}`,
        createdAt: ago(20 * DAY),
        ...FIXTURES[name].fields,
      },
    });
  }
  const into = await db.case.findUniqueOrThrow({ where: { number: number.running }, select: { id: true } });
  await db.case.update({ where: { number: number.mergedPastDeadline }, data: { mergedIntoId: into.id } });
});

afterAll(async () => {
  await db.case.updateMany({ where: { officePostcode: OFFICE }, data: { mergedIntoId: null } });
  await db.case.deleteMany({ where: { officePostcode: OFFICE } });
  await db.office.delete({ where: { postcode: OFFICE } });
});

describe("overdue, by every place that says it", () => {
  it("the set holds overdue cases and cases that only a second definition would call overdue", () => {
    expect(expectedOverdue()).toEqual(sorted([number.running, number.reopened, number.queuePastTarget]));
  });

  it("the inbox: the overdue filter and the rows' marks", async () => {
    const filtered = await listCases(parseInboxQuery({ due: "overdue", pageSize: "100" }), head, NOW);
    expect(sorted(filtered.rows.map((row) => row.number))).toEqual(expectedOverdue());
    const all = await listCases(parseInboxQuery({ pageSize: "100" }), head, NOW);
    expect(all.total).toBe(NAMES.length);
    expect(sorted(all.rows.filter((row) => row.isOverdue).map((row) => row.number))).toEqual(expectedOverdue());
  });

  it("the case page", async () => {
    const marked: string[] = [];
    for (const name of NAMES) {
      const found = await getCaseForStaff(number[name], head, NOW);
      if (found?.deadline.isOverdue) marked.push(number[name]);
    }
    expect(sorted(marked)).toEqual(expectedOverdue());
  });

  it("the overview and the console's views", async () => {
    const views = await listInboxViews(head, NOW);
    const counts = Object.fromEntries(views.queues.map((view) => [view.id, view.count]));
    expect(counts).toMatchObject({
      open: NAMES.filter((name) =>
        [
          "running",
          "reopened",
          "queuePastTarget",
          "pausedPastDeadline",
          "dueLaterToday",
          "ratingWithoutDeadline",
        ].includes(name),
      ).length,
      overdue: expectedOverdue().length,
      dueToday: 1,
      waiting: 1,
    });
  });

  it("the reports: the overdue list, and the on-time report's late open cases", async () => {
    const query = parseReportQuery({ from: "2014-11-01", to: "2014-12-03" }, NOW);
    expect(await overdueCaseNumbers(query, head)).toEqual(expectedOverdue());
    const late = Object.fromEntries((await onTimeShare(query, head)).map((row) => [row.type ?? "ALL", row.late]));
    // Late: the complaint answered late and, open past their terms, the running complaint, the reopened claim
    // and (on its own line, against its service target) the queue report. Ratings have no line.
    expect(late).toEqual({ COMPLAINT: 2, CLAIM: 1, ALL: 3, QUEUE_REPORT: 1 });
  });

  it("the morning digest", async () => {
    const { counts } = await sendDeadlineDigest(NOW);
    expect(counts).toEqual({ overdue: expectedOverdue().length, dueToday: 1, dueSoon: 0 });
    const [digest] = await db.outboxMessage.findMany({
      where: { to: SUPERVISOR_EMAIL, template: "deadline-digest" },
      select: { data: true },
    });
    const data = digest.data as unknown as TDeadlineDigestData;
    expect(mine(data.overdue.map((item) => item.number))).toEqual(expectedOverdue());
    expect(mine(data.dueToday.map((item) => item.number))).toEqual([number.dueLaterToday]);
    const today = await listCases(parseInboxQuery({ due: "today", pageSize: "100" }), head, NOW);
    expect(today.rows.map((row) => row.number)).toEqual([number.dueLaterToday]);
  });

  it("the escalation", async () => {
    const { escalated } = await escalateOverdueCases(NOW);
    expect(mine(escalated)).toEqual(expectedOverdue());
    const urgent = await db.case.findMany({
      where: { officePostcode: OFFICE, priority: "URGENT" },
      select: { number: true },
    });
    expect(sorted(urgent.map((row) => row.number))).toEqual(expectedOverdue());
  });
});
