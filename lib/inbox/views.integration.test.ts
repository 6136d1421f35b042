import { randomBytes, randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

import { listCases } from "./list-cases";
import { saveView } from "./saved-views";
import { parseInboxQuery } from "./schemas";
import { listInboxViews, type TInboxView } from "./views";

const run = randomBytes(3).toString("hex");
const REGION = `Область видов ${run}`;
// Offices of this file's own: the office heads' views and an office head's queues count only these cases.
const OFFICE_A = String(800_000 + randomInt(0, 49_999));
const OFFICE_B = String(850_000 + randomInt(0, 49_999));
const HOUR = 3_600_000;
const NOW = new Date();

type TSeed = {
  status: CaseStatus;
  office: string;
  mine?: boolean;
  dueInHours?: number;
  paused?: boolean;
  news?: boolean;
  merged?: boolean;
};

// Every queue has cases in and out of it: closed ones, a merged duplicate, a paused overdue one, another's case.
const SEEDS: TSeed[] = [
  { status: "NEW", office: OFFICE_A, dueInHours: -3 },
  { status: "REGISTERED", office: OFFICE_A, mine: true, dueInHours: -30, news: true },
  { status: "IN_PROGRESS", office: OFFICE_A, mine: true, dueInHours: 200 },
  { status: "WAITING_FOR_CUSTOMER", office: OFFICE_A, mine: true, dueInHours: -5, paused: true },
  { status: "ANSWERED", office: OFFICE_A, mine: true, dueInHours: -50, news: true },
  { status: "CLOSED", office: OFFICE_A, dueInHours: -50 },
  { status: "REGISTERED", office: OFFICE_A, dueInHours: -10, merged: true },
  { status: "REOPENED", office: OFFICE_B, dueInHours: 100, news: true },
  { status: "NEW", office: OFFICE_B, mine: true, dueInHours: -1 },
  { status: "WAITING_FOR_CUSTOMER", office: OFFICE_B, dueInHours: 50, paused: true },
];

let operator: TStaffUser;
let supervisor: TStaffUser;
let analyst: TStaffUser;
let headA: TStaffUser;
let headB: TStaffUser;

const staff = async (role: TStaffUser["role"], offices: string[] = []): Promise<TStaffUser> => {
  const row = await db.staffUser.create({
    data: {
      email: `views-${role.toLowerCase()}-${run}-${randomBytes(2).toString("hex")}@staff.example`,
      name: `Вид ${role} ${run} ${randomBytes(2).toString("hex")}`,
      role,
      offices: { create: offices.map((officePostcode) => ({ officePostcode })) },
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { kind: "staff", ...row, officePostcodes: offices, hasTotp: false };
};

const allViews = async (user: TStaffUser) => {
  const views = await listInboxViews(user, NOW);
  return [...views.queues, ...views.offices, ...views.saved];
};
const byId = (views: TInboxView[], id: string) => views.find((view) => view.id === id);
const listOf = (view: TInboxView, user: TStaffUser) =>
  listCases(parseInboxQuery(new URLSearchParams(view.href.split("?")[1] ?? "")), user, NOW);

const isOpen = (seed: TSeed) => !seed.merged && !["ANSWERED", "CLOSED"].includes(seed.status);
const seeded = (office: string, match: (seed: TSeed) => boolean) =>
  SEEDS.filter((seed) => seed.office === office && match(seed)).length;

beforeAll(async () => {
  for (const postcode of [OFFICE_A, OFFICE_B]) {
    await db.office.create({ data: { postcode, name: `Отделение ${postcode}`, type: "ОПС", region: REGION } });
  }
  [operator, supervisor, analyst, headA, headB] = await Promise.all([
    staff("OPERATOR"),
    staff("SUPERVISOR"),
    staff("ANALYST"),
    staff("OFFICE_HEAD", [OFFICE_A]),
    staff("OFFICE_HEAD", [OFFICE_B]),
  ]);
  const base = randomInt(100_000, 800_000);
  const target = await db.case.create({
    data: {
      number: `Ж-2033-${base}`,
      type: "COMPLAINT",
      applicantName: "Основное обращение",
      applicantEmail: `views-${run}@mail.example`,
      text: "Основное",
      officePostcode: OFFICE_B,
      region: REGION,
      status: "CLOSED",
    },
    select: { id: true },
  });
  await db.case.createMany({
    data: SEEDS.map((seed, i) => ({
      number: `Ж-2033-${base + i + 1}`,
      type: "COMPLAINT" as const,
      status: seed.status,
      applicantName: `Заявитель ${i}`,
      applicantEmail: `views-${run}-${i}@mail.example`,
      text: "Посылка не пришла",
      officePostcode: seed.office,
      region: REGION,
      assigneeId: seed.mine ? headA.id : null,
      dueAt: seed.dueInHours === undefined ? null : new Date(NOW.getTime() + seed.dueInHours * HOUR),
      pausedAt: seed.paused ? new Date(NOW.getTime() - HOUR) : null,
      customerNewsAt: seed.news ? new Date(NOW.getTime() - HOUR) : null,
      mergedIntoId: seed.merged ? target.id : null,
    })),
  });
  await saveView({ name: "Закрытые жалобы", query: "type=COMPLAINT&status=CLOSED&sort=dueAt" }, supervisor);
});

describe("the console's views", () => {
  it("count exactly what their lists show, for every role", async () => {
    for (const user of [operator, supervisor, analyst, headA, headB]) {
      for (const view of await allViews(user)) {
        const page = await listOf(view, user);
        expect({ user: user.role, view: view.id, count: view.count, capped: view.isCapped }).toEqual({
          user: user.role,
          view: view.id,
          count: page.total,
          capped: page.isTotalCapped,
        });
      }
    }
  });

  it("count an office head's queues within their offices, by the lifecycle's clock", async () => {
    const views = await allViews(headA);
    const count = (id: string) => byId(views, id)?.count;
    expect(count("open")).toBe(seeded(OFFICE_A, isOpen));
    expect(count("mine")).toBe(seeded(OFFICE_A, (seed) => isOpen(seed) && !!seed.mine));
    expect(count("unassigned")).toBe(seeded(OFFICE_A, (seed) => isOpen(seed) && !seed.mine));
    // Neither the paused case nor the merged duplicate is overdue, however old their deadline.
    expect(count("overdue")).toBe(2);
    expect(count("news")).toBe(seeded(OFFICE_A, (seed) => !!seed.news));
    expect(count("waiting")).toBe(seeded(OFFICE_A, (seed) => seed.status === "WAITING_FOR_CUSTOMER"));
    expect(views.filter((view) => view.label.kind === "office").map((view) => view.id)).toEqual([`office-${OFFICE_A}`]);
    expect(count(`office-${OFFICE_A}`)).toBe(seeded(OFFICE_A, isOpen));
    expect(views.some((view) => view.label.kind === "head")).toBe(false);
  });

  it("give the department one view per office head, counting the open cases of that head's offices", async () => {
    const views = await allViews(supervisor);
    const forHead = (head: TStaffUser) => byId(views, `head-${head.id}`);
    expect(forHead(headA)).toMatchObject({
      label: { kind: "head", name: headA.name },
      count: seeded(OFFICE_A, isOpen),
    });
    expect(forHead(headB)).toMatchObject({ count: seeded(OFFICE_B, isOpen) });
    expect(forHead(headB)?.href).toBe(`/console/cases?state=open&head=${headB.id}`);
    const saved = views.find((view) => view.label.kind === "saved");
    expect(saved).toMatchObject({ label: { name: "Закрытые жалобы" }, href: expect.stringContaining("sort=dueAt") });
  });

  it("leave 'mine' out for analysts, who are never assigned a case", async () => {
    const ids = (await allViews(analyst)).map((view) => view.id);
    expect(ids).toContain("unassigned");
    expect(ids).not.toContain("mine");
  });
});
