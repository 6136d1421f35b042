/**
 * Filters no form can have written — NUL and other control characters, which PostgreSQL refuses in text —
 * as a crafted or pasted inbox link carries them: the list drops them and shows the rest, the CSV download
 * refuses them with a 400 problem before any of the file is sent.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { GET as exportRoute } from "@/app/(console)/console/cases/export/route";
import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { listCases } from "./list-cases";
import { parseInboxQuery } from "./schemas";

let operator: TStaffUser;
vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original()),
  getCurrentUser: async () => operator,
  requireStaff: async () => operator,
  requireAbility: async () => operator,
}));
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));

const run = randomBytes(3).toString("hex");
const REGION = `Область фильтров ${run}`;
const HOSTILE = ["\u0000", "очередь\u0000", "a\u0001b", "\u001b[31m", "x\u007f"];

beforeAll(async () => {
  const row = await db.staffUser.create({
    data: { email: `operator-${run}@staff.example`, name: `Оператор ${run}`, role: "OPERATOR" },
    select: { id: true, email: true, name: true, role: true },
  });
  operator = { kind: "staff", ...row, officePostcodes: [], hasTotp: false } as TStaffUser;
  await db.case.create({
    data: {
      number: `Ж-2031-${String(Math.floor(Math.random() * 900_000) + 100_000)}`,
      type: "COMPLAINT",
      status: "REGISTERED",
      region: REGION,
      applicantName: "Заявитель",
      applicantEmail: `filters-${run}@mail.example`,
      text: "В отделении огромная очередь",
      dueAt: new Date(Date.now() + 86_400_000),
    },
  });
});

const exportWith = (params: Record<string, string>) =>
  exportRoute(new Request(`http://localhost:3000/console/cases/export?${new URLSearchParams(params)}`));

describe("inbox filters with control characters", () => {
  it("are dropped from the list, which shows what the other filters select", async () => {
    for (const value of HOSTILE) {
      const query = parseInboxQuery(new URLSearchParams({ region: REGION, q: value }));
      expect(query.q).toBeUndefined();
      const listed = await listCases(query, operator, new Date());
      expect(listed.total).toBe(1);
      expect(
        (await listCases(parseInboxQuery({ region: `${REGION}${value}` }), operator, new Date())).total,
      ).toBeGreaterThanOrEqual(1);
    }
  });

  it("make the CSV download a 400 problem naming the filter, before any of the file", async () => {
    for (const value of HOSTILE) {
      const response = await exportWith({ region: REGION, q: value });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("content-disposition")).toBeNull();
      const { detail } = (await response.json()) as { detail: string };
      expect(detail).toContain("служебные символы");
      expect(detail).toContain("q");
    }
    const refusedRegion = await exportWith({ region: `${REGION}\u0000` });
    expect(refusedRegion.status).toBe(400);
  });

  it("leave a clean download as it was: the file, with the selected case", async () => {
    const response = await exportWith({ region: REGION, q: "очередь" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const csv = await response.text();
    expect(csv.trim().split("\n")).toHaveLength(2);
  });
});
