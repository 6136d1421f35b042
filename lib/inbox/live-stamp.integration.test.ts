/**
 * The stamp an open console page polls (GET /console/live): it moves when a case joins the listed page, when a
 * listed case changes or when a sidebar count changes, and stays put otherwise, so a page refreshes only then.
 * The staff member's hidden inbox columns are kept and read back, unknown ids dropped.
 */
import { randomBytes, randomInt } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { GET as liveRoute } from "@/app/(console)/console/live/route";
import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { ZInboxColumns } from "./columns";
import { loadHiddenColumns, saveHiddenColumns } from "./hidden-columns";

let caller: TStaffUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => {
  const { AuthError } = await import("@/lib/auth/errors");
  const signedIn = () => {
    if (!caller) throw new AuthError("UNAUTHENTICATED");
    return caller;
  };
  return {
    ...(await original()),
    getCurrentUser: async () => caller,
    requireStaff: async () => signedIn(),
    requireAbility: async () => signedIn(),
  };
});
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));

const run = randomBytes(3).toString("hex");
const REGION = `Край живого списка ${run}`;
let operator: TStaffUser;

async function fileCase() {
  return db.case.create({
    data: {
      number: `Ж-2033-${String(randomInt(100_000, 999_999))}`,
      type: "COMPLAINT",
      status: "REGISTERED",
      region: REGION,
      applicantName: "Заявитель",
      applicantEmail: `live-${run}@mail.example`,
      text: "Посылка не пришла",
      dueAt: new Date(Date.now() + 3 * 86_400_000),
    },
    select: { id: true },
  });
}

async function stamp(search = `list=1&region=${encodeURIComponent(REGION)}`) {
  const response = await liveRoute(new Request(`http://localhost:3000/console/live?${search}`));
  return { status: response.status, body: (await response.json()) as { rows: string | null; counts: string } };
}

beforeAll(async () => {
  const row = await db.staffUser.create({
    data: { email: `live-${run}@staff.example`, name: `Оператор ${run}`, role: "OPERATOR" },
    select: { id: true, email: true, name: true, role: true },
  });
  operator = { kind: "staff", ...row, officePostcodes: [], hasTotp: false } as TStaffUser;
  await fileCase();
});

describe("the live stamp", () => {
  it("refuses anyone not signed in", async () => {
    caller = null;
    expect((await stamp()).status).toBe(401);
  });

  it("stays put while nothing changes and moves with a new case, a changed one, and the counts", async () => {
    caller = operator;
    const before = await stamp();
    expect(before.status).toBe(200);
    expect(before.body.rows).toEqual(expect.any(String));
    // (The counts are the whole department's: other tests' cases may move them meanwhile.)
    expect((await stamp()).body.rows).toBe(before.body.rows);

    const filed = await fileCase();
    const afterFiling = await stamp();
    expect(afterFiling.body.rows).not.toBe(before.body.rows);
    // "Unassigned" and "open" count it too, whichever list is open.
    expect(afterFiling.body.counts).not.toBe(before.body.counts);

    await db.case.update({ where: { id: filed.id }, data: { assigneeId: operator.id } });
    const afterTaking = await stamp();
    expect(afterTaking.body.rows).not.toBe(afterFiling.body.rows);

    // Without the list, only the counts (the overview and other pages).
    const countsOnly = await stamp("");
    expect(countsOnly.body).toEqual({ rows: null, counts: expect.any(String) });
  });
});

describe("hidden inbox columns", () => {
  it("are saved whole and read back; ids the inbox does not know are refused or dropped", async () => {
    expect(await loadHiddenColumns(operator)).toEqual([]);
    await saveHiddenColumns(ZInboxColumns.parse({ hidden: ["office", "priority", "office"] }), operator);
    expect(await loadHiddenColumns(operator)).toEqual(["priority", "office"]);
    expect(ZInboxColumns.safeParse({ hidden: ["number"] }).success).toBe(false);
    await db.staffUser.update({ where: { id: operator.id }, data: { hiddenInboxColumns: ["gone", "topic"] } });
    expect(await loadHiddenColumns(operator)).toEqual(["topic"]);
  });
});
