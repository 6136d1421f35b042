/** A text search is counted to SEARCH_COUNT_CAP and then says "more than", as every other list does at COUNT_CAP. */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { listCases } from "./list-cases";
import { parseInboxQuery } from "./schemas";
import { COUNT_CAP, SEARCH_COUNT_CAP } from "./where";

const run = randomBytes(3).toString("hex");
const REGION = `Область подсчёта ${run}`;
/** A word only this file's cases hold. */
const WORD = `подсчёт${run.replace(/\d/g, (digit) => "абвгдежзий"[Number(digit)])}`;
const MATCHES = SEARCH_COUNT_CAP + 2;
const operator: TStaffUser = {
  kind: "staff",
  id: "00000000-0000-7000-8000-00000000c0de",
  email: "o@staff.example",
  name: "Оператор",
  role: "OPERATOR",
  officePostcodes: [],
  hasTotp: false,
};

beforeAll(async () => {
  await db.case.createMany({
    data: Array.from({ length: MATCHES + 3 }, (_, i) => ({
      number: `Ж-${run}-${String(i).padStart(5, "0")}`,
      type: "COMPLAINT" as const,
      applicantName: "Заявитель",
      applicantEmail: `count-${run}-${i}@mail.example`,
      // Three cases of the region without the word: the search finds fewer than the region holds.
      text: i < MATCHES ? `Жалоба ${WORD}` : "Жалоба",
      region: REGION,
    })),
  });
});

describe("counting a text search", () => {
  it("counts to its cap and says «more than», while the same cases without the words are counted exactly", async () => {
    const searched = await listCases(parseInboxQuery(new URLSearchParams({ region: REGION, q: WORD })), operator);
    expect(searched).toMatchObject({ total: SEARCH_COUNT_CAP, isTotalCapped: true });
    expect(searched.pageCount).toBe(Math.ceil(SEARCH_COUNT_CAP / searched.pageSize));
    const all = await listCases(parseInboxQuery(new URLSearchParams({ region: REGION })), operator);
    expect(all).toMatchObject({ total: MATCHES + 3, isTotalCapped: false });
    expect(MATCHES + 3).toBeLessThan(COUNT_CAP);
  });

  it("stops its pages at the cap: a later page asked for shows the last one", async () => {
    const query = parseInboxQuery(new URLSearchParams({ region: REGION, q: WORD, pageSize: "50", page: "30" }));
    const page = await listCases(query, operator);
    expect(page.page).toBe(SEARCH_COUNT_CAP / 50);
    expect(page.rows).toHaveLength(50);
  });
});
