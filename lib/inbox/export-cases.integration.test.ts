/** The inbox's CSV download: its moments read as the inbox shows them, in the operator's zone, named in the header. */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { GET as exportRoute } from "@/app/(console)/console/cases/export/route";
import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

let operator: TStaffUser;
vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original()),
  getCurrentUser: async () => operator,
  requireStaff: async () => operator,
  requireAbility: async () => operator,
}));
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));

const run = randomBytes(3).toString("hex");
const REGION = `Область выгрузки ${run}`;
const NUMBER = `Ж-2031-${String(Math.floor(Math.random() * 900_000) + 100_000)}`;
/** A word only this file's cases hold, for the text search. */
const WORD = `выгрузка${run.replace(/\d/g, (digit) => "абвгдежзий"[Number(digit)])}`;
const SEARCHED = Array.from(
  { length: 3 },
  (_, n) => `Ж-2031-${String(Number(NUMBER.slice(-6)) + n + 1).padStart(6, "0")}`,
);

beforeAll(async () => {
  const row = await db.staffUser.create({
    data: { email: `operator-${run}@staff.example`, name: `Оператор ${run}`, role: "OPERATOR" },
    select: { id: true, email: true, name: true, role: true },
  });
  operator = { kind: "staff", ...row, officePostcodes: [], hasTotp: false } as TStaffUser;
  await db.case.create({
    data: {
      number: NUMBER,
      type: "COMPLAINT",
      status: "REGISTERED",
      region: REGION,
      applicantName: "Заявитель",
      applicantEmail: `export-${run}@mail.example`,
      text: "В отделении огромная очередь",
      // Late in the UTC evening: already the next day in Moscow.
      createdAt: new Date("2031-03-10T22:05:00Z"),
      dueAt: new Date("2031-04-09T21:30:00Z"),
    },
  });
  // Filed a day apart, the oldest first: the export must list them newest first, as the inbox does.
  for (const [n, number] of SEARCHED.entries())
    await db.case.create({
      data: {
        number,
        type: "CLAIM",
        status: "NEW",
        applicantName: "Заявитель",
        applicantEmail: `export-${run}-${n}@mail.example`,
        text: `Письмо ${WORD} не дошло`,
        createdAt: new Date(Date.UTC(2031, 2, 1 + n, 9)),
      },
    });
});

describe("the inbox's CSV download", () => {
  it("writes when a case came and when it is due in the operator's zone, and names the zone in the header", async () => {
    const response = await exportRoute(new Request(`http://localhost:3000/console/cases/export?region=${REGION}`));
    expect(response.status).toBe(200);
    const [header, row] = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toMatch(/,Создано \(Europe\/Moscow\),Срок ответа \(Europe\/Moscow\)$/);
    expect(row).toMatch(new RegExp(`^${NUMBER},.*,2031-03-11 01:05,2031-04-10 00:30$`));
  });

  it("writes every case a text search finds, newest first as the inbox lists them", async () => {
    const response = await exportRoute(new Request(`http://localhost:3000/console/cases/export?q=${WORD}`));
    const rows = (await response.text())
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .slice(1)
      .filter(Boolean);
    expect(rows.map((row) => row.split(",")[0])).toEqual([...SEARCHED].reverse());
  });
});
