import { randomBytes, randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { CaseStatus, CaseType } from "@/lib/generated/prisma/enums";

import { pageRows } from "./case-ids";
import { countCases, inboxOrderBy, listCases } from "./list-cases";
import { parseInboxQuery } from "./schemas";
import { indexCount, indexPage, indexPageAndCount, walkCount } from "./text-search";
import { inboxWhere } from "./where";
import { inboxSql } from "./where-sql";

const run = randomBytes(3).toString("hex");
const REGION = `Область поиска ${run}`;
const OFFICE = String(800_000 + randomInt(0, 99_999));
const NOW = new Date();
const DAY = 86_400_000;
const STATUSES: CaseStatus[] = [
  "NEW",
  "REGISTERED",
  "IN_PROGRESS",
  "WAITING_FOR_CUSTOMER",
  "ANSWERED",
  "CLOSED",
  "REOPENED",
];
const TYPES: CaseType[] = ["COMPLAINT", "CLAIM", "RATING", "QUEUE_REPORT"];

let operator: TStaffUser;
let head: TStaffUser;

beforeAll(async () => {
  await db.office.create({ data: { postcode: OFFICE, name: `Отделение ${OFFICE}`, type: "ОПС", region: REGION } });
  const staff = async (role: TStaffUser["role"], offices: string[]): Promise<TStaffUser> => {
    const row = await db.staffUser.create({
      data: {
        email: `${role.toLowerCase()}-${run}@staff.example`,
        name: `Сотрудник ${run}`,
        role,
        offices: { create: offices.map((officePostcode) => ({ officePostcode })) },
      },
      select: { id: true, email: true, name: true, role: true },
    });
    return { kind: "staff", ...row, officePostcodes: offices, hasTotp: false };
  };
  operator = await staff("OPERATOR", []);
  head = await staff("OFFICE_HEAD", [OFFICE]);
  // 60 cases: a word in most of them («очередь»), one in two («грубость»), one in a few («бандероль»); equal
  // creation times in pairs, so the id must break ties the same way on both paths.
  let target: string | null = null;
  for (let i = 0; i < 60; i++) {
    const created: { id: string } = await db.case.create({
      data: {
        number: `Ж-${run}-${String(i).padStart(4, "0")}`,
        type: TYPES[i % 4],
        status: STATUSES[i % 7],
        applicantName: `Заявитель ${i}`,
        applicantEmail: `a${i}-${run}@mail.example`,
        text: [i % 10 ? "очередь в отделении" : "", i % 2 ? "грубость" : "", i % 13 === 0 ? "бандероль" : ""].join(" "),
        region: REGION,
        officePostcode: i % 3 ? OFFICE : null,
        assigneeId: i % 4 === 0 ? operator.id : null,
        pausedAt: i % 7 === 3 ? new Date(NOW.getTime() - DAY) : null,
        mergedIntoId: i % 17 === 5 ? target : null,
        dueAt: i % 4 === 2 ? null : new Date(NOW.getTime() + (i % 5) * DAY - 2 * DAY),
        createdAt: new Date(NOW.getTime() - Math.floor(i / 2) * 3_600_000),
      },
      select: { id: true },
    });
    target ??= created.id;
  }
});

const QUERIES = [
  "",
  "due=overdue",
  "due=today",
  "due=soon&sort=dueAt&dir=asc",
  "state=open",
  "assignee=mine&state=open",
  "assignee=unassigned",
  "type=CLAIM&due=overdue",
  "status=CLOSED&sort=number&dir=asc",
  "q=очереди",
  "q=грубость&state=open",
  "q=бандероль",
  "q=очередь грубость&sort=dueAt",
  "q=нет такого слова",
];

/** The reference: Prisma over inboxWhere, the filters in the lifecycle's and permissions' own Prisma terms. */
async function reference(search: string, user: TStaffUser) {
  const query = parseInboxQuery(new URLSearchParams(`region=${REGION}&pageSize=100&${search}`));
  const { where } = await inboxWhere(query, user, NOW);
  const rows = await db.case.findMany({ where, orderBy: inboxOrderBy(query), select: { number: true } });
  return rows.map((row) => row.number);
}

describe("the inbox's SQL filters", () => {
  it.each(QUERIES)("select the same cases in the same order as inboxWhere: «%s»", async (search) => {
    for (const user of [operator, head]) {
      const expected = await reference(search, user);
      const query = parseInboxQuery(new URLSearchParams(`region=${REGION}&pageSize=100&${search}`));
      const page = await listCases(query, user, NOW);
      expect(page.rows.map((row) => row.number)).toEqual(expected);
      expect((await countCases(query, user, NOW)).total).toBe(expected.length);
    }
  });

  it("finds a word's matches the same way whether it walks the date order or reads the GIN index", async () => {
    for (const q of ["очереди", "грубость", "бандероль", "очередь грубость"]) {
      for (const [sort, dir] of [
        ["createdAt", "desc"],
        ["dueAt", "asc"],
        ["number", "desc"],
      ] as const) {
        const query = parseInboxQuery(new URLSearchParams({ region: REGION, q, sort, dir, pageSize: "25" }));
        const where = inboxSql(query, operator, NOW);
        for (const offset of [0, 25]) {
          const walked = await pageRows(where, query, offset, "walk");
          const indexed = await pageRows(where, query, offset, "index");
          expect(walked.map((row) => row.number)).toEqual(indexed.map((row) => row.number));
          const all = await reference(`q=${q}&sort=${sort}&dir=${dir}`, operator);
          expect(indexed.map((row) => row.number)).toEqual(all.slice(offset, offset + 25));
        }
      }
    }
  });

  it("counts a search's matches the same whether it tests the filters' cases or reads the GIN index", async () => {
    for (const q of ["очереди", "грубость", "бандероль", "очередь грубость", "нет такого слова"]) {
      for (const user of [operator, head]) {
        const query = parseInboxQuery(new URLSearchParams({ region: REGION, q, pageSize: "25" }));
        const sql = inboxSql(query, user, NOW);
        const where = { ...sql, text: sql.text! };
        const all = await reference(`q=${q}`, user);
        // Every one of the region's 60 cases tested: the walk has seen them all, so its count is exact.
        expect(await walkCount(where, 1_000)).toBe(all.length);
        // Five tested, fewer than the cap found: the walk cannot know the count and says so.
        expect(await walkCount(where, 5)).toBeNull();
        expect(await indexCount(where)).toBe(all.length);
        for (const offset of [0, 25]) {
          const together = await indexPageAndCount(where, query, offset);
          expect(together.counted).toBe(all.length);
          expect(together.rows.map((row) => row.number)).toEqual(all.slice(offset, offset + 25));
          const alone = await indexPage(where, query, offset);
          expect(together.rows.map((row) => row.number)).toEqual(alone.map((row) => row.number));
        }
      }
    }
  });
});
