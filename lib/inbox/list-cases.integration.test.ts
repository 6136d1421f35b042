import { randomBytes, randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { deadlineWindows } from "@/lib/deadlines/deadline-windows";
import type { CasePriority, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";

import { exportCases } from "./export-cases";
import { loadFilterOptions } from "./filter-options";
import { listCases } from "./list-cases";
import { deleteView, listSavedViews, saveView } from "./saved-views";
import { parseInboxQuery, toSearchParams } from "./schemas";

const run = randomBytes(3).toString("hex");
/** Every seeded case is in this region, so other test files' cases never show up in the counts. */
const REGION = `Тестовая область ${run}`;
const OFFICE_A = String(900_000 + randomInt(0, 49_999));
const OFFICE_B = String(950_000 + randomInt(0, 49_999));
const DAY = 86_400_000;
const NOW = new Date();

const TYPES: CaseType[] = ["COMPLAINT", "CLAIM", "RATING", "QUEUE_REPORT"];
const PREFIX: Record<CaseType, string> = { COMPLAINT: "Ж", CLAIM: "Р", RATING: "О", QUEUE_REPORT: "Ч" };
const STATUSES: CaseStatus[] = ["NEW", "REGISTERED", "IN_PROGRESS", "ANSWERED", "CLOSED"];
const PRIORITIES: CasePriority[] = ["LOW", "NORMAL", "HIGH", "URGENT"];

type TSeeded = {
  id: string;
  number: string;
  type: CaseType;
  status: CaseStatus;
  priority: CasePriority;
  officePostcode: string;
  topicId: string;
  assigneeId: string | null;
  createdAt: Date;
  dueAt: Date;
  trackingNumber: string | null;
  applicantEmail: string;
};

let seeded: TSeeded[] = [];
let operator: TStaffUser;
let head: TStaffUser;
let analyst: TStaffUser;
let topics: string[] = [];

const staff = async (role: TStaffUser["role"], offices: string[] = []): Promise<TStaffUser> => {
  const row = await db.staffUser.create({
    data: {
      email: `${role.toLowerCase()}-${run}-${randomBytes(2).toString("hex")}@staff.example`,
      name: `Сотрудник ${role} ${run}`,
      role,
      offices: { create: offices.map((officePostcode) => ({ officePostcode })) },
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { kind: "staff", ...row, officePostcodes: offices, hasTotp: false };
};

const list = (params: Record<string, string>, user: TStaffUser = operator) =>
  listCases(parseInboxQuery(new URLSearchParams({ region: REGION, pageSize: "100", ...params })), user, NOW);

const numbers = (rows: { number: string }[]) => rows.map((row) => row.number).sort();
const expected = (match: (row: TSeeded) => boolean) => numbers(seeded.filter(match));
const isOpen = (row: TSeeded) => row.status !== "ANSWERED" && row.status !== "CLOSED";

beforeAll(async () => {
  for (const postcode of [OFFICE_A, OFFICE_B]) {
    await db.office.create({ data: { postcode, name: `Отделение ${postcode}`, type: "ОПС", region: REGION } });
  }
  topics = await Promise.all(
    ["a", "b"].map(
      async (suffix) =>
        (
          await db.topic.create({
            data: { code: `inbox-${run}-${suffix}`, nameRu: `Тема ${suffix}`, nameEn: `Topic ${suffix}` },
          })
        ).id,
    ),
  );
  [operator, head, analyst] = await Promise.all([
    staff("OPERATOR"),
    staff("OFFICE_HEAD", [OFFICE_A]),
    staff("ANALYST"),
  ]);

  const base = 900_000 + randomInt(0, 90_000);
  const texts = [
    "В отделении огромная очередь, работает одно окно",
    "Потерялась посылка из Казани, прошу найти",
    "Курьер не принёс извещение",
    "Грубое обращение оператора у окна",
  ];
  const rows = Array.from({ length: 50 }, (_, i) => {
    const type = TYPES[i % 4];
    const dueOffsets = [-5 * DAY, 2 * 3_600_000, 2 * DAY, 20 * DAY, -1 * DAY];
    return {
      number: `${PREFIX[type]}-2031-${String(base + i).padStart(6, "0")}`,
      type,
      status: STATUSES[i % 5],
      priority: PRIORITIES[i % 4],
      topicId: topics[i % 2],
      applicantName: i === 7 ? "Ефросинья Ковалёва" : `Заявитель ${i}`,
      applicantEmail: `applicant-${run}-${i}@mail.example`,
      officePostcode: i % 3 === 0 ? OFFICE_B : OFFICE_A,
      region: REGION,
      trackingNumber: type === "CLAIM" ? `RB${String(randomInt(0, 1e9)).padStart(9, "0")}RU` : null,
      text: texts[i % 4],
      assigneeId: i % 6 === 0 ? operator.id : null,
      createdAt: new Date(Date.UTC(2031, 0, 1 + i, 9)),
      dueAt: new Date(NOW.getTime() + dueOffsets[i % 5] + i * 1000),
    };
  });
  await db.case.createMany({ data: rows });
  seeded = (await db.case.findMany({
    where: { region: REGION },
    select: {
      id: true,
      number: true,
      type: true,
      status: true,
      priority: true,
      officePostcode: true,
      topicId: true,
      assigneeId: true,
      createdAt: true,
      dueAt: true,
      trackingNumber: true,
      applicantEmail: true,
    },
  })) as TSeeded[];
  // The open claims of the claims not yet closed, as filing would have made them.
  await db.openClaim.createMany({
    data: seeded
      .filter((row) => row.type === "CLAIM" && row.status !== "CLOSED")
      .map((row) => ({ trackingNumber: row.trackingNumber!, caseId: row.id })),
  });
});

describe("listCases", () => {
  it("filters by type, status, priority, topic, office and region", async () => {
    expect(numbers((await list({})).rows)).toEqual(expected(() => true));
    expect(numbers((await list({ type: "CLAIM" })).rows)).toEqual(expected((row) => row.type === "CLAIM"));
    expect(numbers((await list({ status: "IN_PROGRESS" })).rows)).toEqual(
      expected((row) => row.status === "IN_PROGRESS"),
    );
    expect(numbers((await list({ priority: "URGENT" })).rows)).toEqual(expected((row) => row.priority === "URGENT"));
    expect(numbers((await list({ topic: topics[1] })).rows)).toEqual(expected((row) => row.topicId === topics[1]));
    expect(numbers((await list({ office: OFFICE_B })).rows)).toEqual(
      expected((row) => row.officePostcode === OFFICE_B),
    );
    expect((await list({ region: `${REGION} другая` })).total).toBe(0);
    const both = await list({ type: "COMPLAINT", office: OFFICE_A });
    expect(numbers(both.rows)).toEqual(expected((row) => row.type === "COMPLAINT" && row.officePostcode === OFFICE_A));
  });

  it("filters by assignee: mine, unassigned, a named one", async () => {
    const mine = expected((row) => row.assigneeId === operator.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(numbers((await list({ assignee: "mine" })).rows)).toEqual(mine);
    expect(numbers((await list({ assignee: operator.id }, analyst)).rows)).toEqual(mine);
    expect((await list({ assignee: "mine" }, analyst)).total).toBe(0);
    expect(numbers((await list({ assignee: "unassigned" })).rows)).toEqual(expected((row) => row.assigneeId === null));
  });

  it("filters by due: overdue, due today and within the next 3 days, the digest's groups, and marks overdue rows", async () => {
    const { endOfToday, endOfSoon } = deadlineWindows(NOW);
    const overdue = await list({ due: "overdue" });
    expect(numbers(overdue.rows)).toEqual(expected((row) => isOpen(row) && row.dueAt < NOW));
    expect(overdue.rows.every((row) => row.isOverdue && row.clock === "overdue")).toBe(true);
    const today = await list({ due: "today" });
    expect(numbers(today.rows)).toEqual(expected((row) => isOpen(row) && row.dueAt >= NOW && row.dueAt < endOfToday));
    expect(today.rows.every((row) => row.clock === "due-today")).toBe(true);
    const soon = await list({ due: "soon" });
    expect(numbers(soon.rows)).toEqual(
      expected((row) => isOpen(row) && row.dueAt >= endOfToday && row.dueAt < endOfSoon),
    );
    const all = await list({});
    expect(all.rows.filter((row) => row.isOverdue).length).toBe(overdue.total);
  });

  it("never counts a paused, merged or ended case, or one without a deadline, as overdue or due", async () => {
    const past = new Date(NOW.getTime() - 2 * DAY);
    const soon = new Date(NOW.getTime() + 60_000);
    const [target] = seeded;
    const extra = await Promise.all(
      (
        [
          ["paused", { status: "WAITING_FOR_CUSTOMER", pausedAt: past, dueAt: past }],
          ["pausedToday", { status: "WAITING_FOR_CUSTOMER", pausedAt: past, dueAt: soon }],
          ["merged", { status: "IN_PROGRESS", mergedIntoId: target.id, dueAt: past }],
          ["forwarded", { status: "FORWARDED", dueAt: past }],
          ["rating", { type: "RATING", status: "NEW", dueAt: null }],
        ] as const
      ).map(async ([name, fields]) => {
        const number = `Ж-2019-${String(randomInt(100_000, 999_999))}`;
        await db.case.create({
          data: {
            number,
            type: "COMPLAINT",
            applicantName: name,
            applicantEmail: `${name}-${run}@mail.example`,
            text: "Тест",
            region: `${REGION} сроки`,
            ...fields,
          },
        });
        return [name, number] as const;
      }),
    );
    const byName = Object.fromEntries(extra);
    const listOf = async (params: Record<string, string>) =>
      (await list({ ...params, region: `${REGION} сроки` })).rows;
    expect(await listOf({ due: "overdue" })).toEqual([]);
    expect(await listOf({ due: "today" })).toEqual([]);
    expect(await listOf({ due: "soon" })).toEqual([]);
    const rows = Object.fromEntries((await listOf({})).map((row) => [row.number, row]));
    expect(rows[byName.paused]).toMatchObject({ isOverdue: false, clock: "paused" });
    expect(rows[byName.pausedToday]).toMatchObject({ isOverdue: false, clock: "paused" });
    expect(rows[byName.merged]).toMatchObject({ isOverdue: false, clock: "done" });
    expect(rows[byName.forwarded]).toMatchObject({ isOverdue: false, clock: "done", status: "FORWARDED" });
    expect(rows[byName.rating]).toMatchObject({ isOverdue: false, clock: "no-term", dueAt: null });
    await db.case.deleteMany({ where: { number: { in: Object.values(byName) } } });
  });

  it("finds and marks the cases the customer wrote to since staff last opened them", async () => {
    const [written, quiet] = seeded.filter((row) => row.status === "IN_PROGRESS");
    await db.case.update({ where: { id: written.id }, data: { customerNewsAt: NOW } });
    const news = await list({ news: "1" });
    expect(news.rows.map((row) => row.number)).toEqual([written.number]);
    expect(news.rows[0].customerNewsAt).toEqual(NOW);
    const all = Object.fromEntries((await list({})).rows.map((row) => [row.number, row]));
    expect(all[quiet.number].customerNewsAt).toBeNull();
    expect(toSearchParams(parseInboxQuery(new URLSearchParams("news=1&due=bogus"))).toString()).toBe("news=1");
    await db.case.update({ where: { id: written.id }, data: { customerNewsAt: null } });
    expect((await list({ news: "1" })).total).toBe(0);
  });

  it("filters by the date of creation, both ends inclusive in Moscow days", async () => {
    const range = await list({ from: "2031-01-10", to: "2031-01-19" });
    expect(range.total).toBe(10);
    expect(numbers(range.rows)).toEqual(
      expected(
        (row) => row.createdAt >= new Date(Date.UTC(2031, 0, 10)) && row.createdAt < new Date(Date.UTC(2031, 0, 20)),
      ),
    );
  });

  it("sorts by an allowed column in either direction and pages without overlap", async () => {
    const byDue = await list({ sort: "dueAt", dir: "asc" });
    expect(byDue.rows.map((row) => row.number)).toEqual(
      [...seeded].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()).map((row) => row.number),
    );
    const byCreated = await list({ sort: "createdAt", dir: "desc" });
    expect(byCreated.rows.map((row) => row.number)).toEqual(
      [...seeded].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).map((row) => row.number),
    );
    // An unknown sort field falls back to the default rather than reaching the database.
    expect(parseInboxQuery(new URLSearchParams({ sort: "applicantEmail", pageSize: "1000" }))).toMatchObject({
      sort: "createdAt",
      pageSize: 25,
    });

    const first = await list({ sort: "number", dir: "asc", pageSize: "25" });
    const second = await list({ sort: "number", dir: "asc", pageSize: "25", page: "2" });
    expect(first).toMatchObject({ total: 50, isTotalCapped: false, page: 1, pageCount: 2 });
    expect(second.rows).toHaveLength(25);
    const combined = [...first.rows, ...second.rows].map((row) => row.number);
    expect(new Set(combined).size).toBe(50);
    expect(combined).toEqual([...combined].sort());
  });

  it("returns only the table's columns", async () => {
    const [row] = (await list({ sort: "number", dir: "asc", pageSize: "25" })).rows;
    expect(Object.keys(row).sort()).toEqual(
      [
        "applicantName",
        "assigneeName",
        "clock",
        "createdAt",
        "customerNewsAt",
        "dueAt",
        "id",
        "isOverdue",
        "number",
        "office",
        "priority",
        "region",
        "status",
        "topic",
        "type",
      ].sort(),
    );
    expect(row.office).toEqual({ postcode: expect.stringMatching(/^\d{6}$/), name: expect.any(String) });
  });

  it("finds Russian words in any form: «очереди» finds «очередь», «посылку» finds «посылка»", async () => {
    const queue = await list({ q: "очереди" });
    expect(queue.total).toBeGreaterThan(0);
    expect(numbers(queue.rows)).toEqual(expected((row) => rowText(row).includes("очередь")));
    const parcel = await list({ q: "посылку" });
    expect(parcel.total).toBeGreaterThan(0);
    expect(numbers(parcel.rows)).toEqual(expected((row) => rowText(row).includes("посылка")));
    expect((await list({ q: "Ковалёвой" })).rows.map((row) => row.applicantName)).toEqual(["Ефросинья Ковалёва"]);
    // websearch syntax: a minus excludes.
    expect(numbers((await list({ q: "окно -очередь" })).rows)).toEqual(
      expected((row) => rowText(row).includes("окна")),
    );
  });

  it("looks up a case number as typed, a tracking number and an email exactly", async () => {
    const number = `Ж-2019-${String(randomInt(100_000, 999_999))}`;
    await db.case.create({
      data: {
        number,
        type: "COMPLAINT",
        applicantName: "Лукин",
        applicantEmail: `lukin-${run}@mail.example`,
        text: "Тест",
        region: REGION,
        dueAt: NOW,
      },
    });
    const typed = `ж${number.slice(2, 6)}${number.slice(7)}`;
    expect((await list({ q: typed })).rows.map((row) => row.number)).toEqual([number]);
    const claim = seeded.find((row) => row.trackingNumber)!;
    expect((await list({ q: claim.trackingNumber!.toLowerCase() })).rows.map((row) => row.number)).toEqual([
      claim.number,
    ]);
    expect((await list({ q: seeded[3].applicantEmail })).rows.map((row) => row.number)).toEqual([seeded[3].number]);
    await db.case.delete({ where: { number } });
  });

  it("shows an office head only the cases of their offices, whatever the filter asks", async () => {
    const own = await list({}, head);
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.every((row) => row.office?.postcode === OFFICE_A)).toBe(true);
    expect(numbers(own.rows)).toEqual(expected((row) => row.officePostcode === OFFICE_A));
    expect((await list({ office: OFFICE_B }, head)).total).toBe(0);
    const other = seeded.find((row) => row.officePostcode === OFFICE_B)!;
    expect((await list({ q: other.number }, head)).total).toBe(0);
    const exported = [];
    for await (const batch of exportCases(parseInboxQuery(new URLSearchParams({ region: REGION })), head, {
      header: ["n"],
      row: (row) => [row.number],
    })) {
      exported.push(...batch);
    }
    expect(exported[0]).toEqual(["n"]);
    expect(exported.flat()).not.toContain(other.number);
    expect(exported).toHaveLength(1 + own.total);
  });
});

describe("loadFilterOptions", () => {
  it("offers the directory's regions, active staff, and an office head their own offices", async () => {
    const forOperator = await loadFilterOptions(operator);
    expect(forOperator.regions).toContain(REGION);
    expect(forOperator.regions).toEqual([...new Set(forOperator.regions)]);
    expect(forOperator.staff.map((person) => person.id)).toContain(operator.id);
    expect(forOperator.staff.map((person) => person.id)).not.toContain(analyst.id);
    expect(forOperator.offices).toBeNull();
    expect((await loadFilterOptions(head)).offices).toEqual([{ postcode: OFFICE_A, name: `Отделение ${OFFICE_A}` }]);
  });
});

describe("saved views", () => {
  it("keeps each staff member's views to themselves", async () => {
    const saved = await saveView(
      { name: "Просроченные розыски", query: "type=CLAIM&due=overdue&page=3&sort=bogus" },
      operator,
    );
    expect(saved.query).toBe(toSearchParams(parseInboxQuery(new URLSearchParams("type=CLAIM&due=overdue"))).toString());
    expect((await listSavedViews(operator)).map((view) => view.name)).toEqual(["Просроченные розыски"]);
    expect(await listSavedViews(analyst)).toEqual([]);
    await expect(deleteView(saved.id, analyst)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteView(saved.id, operator);
    expect(await listSavedViews(operator)).toEqual([]);
  });
});

function rowText(row: TSeeded): string {
  const texts = [
    "В отделении огромная очередь, работает одно окно",
    "Потерялась посылка из Казани, прошу найти",
    "Курьер не принёс извещение",
    "Грубое обращение оператора у окна",
  ];
  const index = Number(row.applicantEmail.match(/-(\d+)@/)![1]);
  return texts[index % 4];
}
