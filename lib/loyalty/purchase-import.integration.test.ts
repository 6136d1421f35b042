import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { startTestWorker } from "@/lib/jobs/test-support";

import { balanceOf } from "./balance";
import { createLoyaltyTasks } from "./loyalty-tasks";
import { readPurchaseImport, runPurchaseImport, startPurchaseImport } from "./purchase-import";
import { createRule, createTestMember, uniqueCategory } from "./test-fixtures";

const HEADER = "purchase_id,card_number,amount_kopecks,category,office_postcode,purchased_at";

async function createSupervisor() {
  return db.staffUser.create({
    data: {
      email: `import-${randomBytes(5).toString("hex")}@staff.example`,
      name: "Импорт",
      role: "SUPERVISOR",
      passwordHash: "x",
    },
    select: { id: true },
  });
}

/** Starts an import and runs its job's work here, without a worker. */
async function importCsv(content: string) {
  const staff = await createSupervisor();
  const { id } = await startPurchaseImport({ fileName: "purchases.csv", content }, staff);
  await runPurchaseImport(id, content);
  return (await readPurchaseImport(id))!;
}

describe("a CSV import of purchases", () => {
  it("with one bad row in 1,000 reports that row and applies nothing; fixed, it applies 1,000; again, it credits nothing", async () => {
    const members = [await createTestMember(), await createTestMember()];
    const category = uniqueCategory("import");
    await createRule({ kind: "PURCHASE", subject: category, pointsPer100Rub: 5 });
    const run = randomBytes(4).toString("hex");
    const rows = Array.from({ length: 1_000 }, (_, i) => {
      const card = members[i % 2].cardNumber;
      return `imp-${run}-${i},${card},100000,${category},101000,2026-01-15T10:00:00+03:00`;
    });
    const bad = [...rows];
    bad[637] = `imp-${run}-637,${members[1].cardNumber},сто рублей,${category},101000,2026-01-15T10:00:00+03:00`;

    const rejected = await importCsv([HEADER, ...bad].join("\n"));
    expect(rejected).toMatchObject({ status: "REJECTED", totalRows: 1_000, processedRows: 1_000, appliedRows: 0 });
    // Line 1 is the header: row 637 (from 0) is on line 639.
    expect(rejected.errors).toEqual([
      { line: 639, column: "amount_kopecks", purchaseId: `imp-${run}-637`, message: "loyalty.errors.amount" },
    ]);
    expect(await db.purchase.count({ where: { externalId: { startsWith: `imp-${run}-` } } })).toBe(0);
    expect(await balanceOf(members[0].id)).toBe(0);
    expect(await balanceOf(members[1].id)).toBe(0);

    const applied = await importCsv([HEADER, ...rows].join("\r\n"));
    expect(applied).toMatchObject({
      status: "APPLIED",
      totalRows: 1_000,
      appliedRows: 1_000,
      duplicateRows: 0,
      errors: [],
    });
    // 1,000 ₽ at 5 points per 100 ₽ is 50 points; each member made 500 of the purchases.
    expect(await balanceOf(members[0].id)).toBe(25_000);
    expect(await balanceOf(members[1].id)).toBe(25_000);
    const one = await db.purchase.findUniqueOrThrow({ where: { externalId: `imp-${run}-5` } });
    expect(one).toMatchObject({ memberId: members[1].id, amountKopecks: 100_000, officePostcode: "101000" });
    expect(one.purchasedAt.toISOString()).toBe("2026-01-15T07:00:00.000Z");
    const entry = await db.pointsEntry.findUniqueOrThrow({ where: { id: one.pointsEntryId! } });
    expect(entry).toMatchObject({
      kind: "EARN",
      points: 50,
      source: "purchase",
      reference: one.id,
      reason: `Purchase imp-${run}-5`,
    });

    const again = await importCsv([HEADER, ...rows].join("\n"));
    expect(again).toMatchObject({ status: "APPLIED", appliedRows: 0, duplicateRows: 1_000 });
    expect(await balanceOf(members[0].id)).toBe(25_000);
    expect(await db.pointsEntry.count({ where: { memberId: { in: members.map((m) => m.id) } } })).toBe(1_000);
  });

  it("rejects an unknown card, a purchase id repeated in the file and one posted before with another amount", async () => {
    const member = await createTestMember();
    const category = uniqueCategory("import");
    const run = randomBytes(4).toString("hex");
    const at = "2026-01-15T10:00:00Z";
    await importCsv([HEADER, `earlier-${run},${member.cardNumber},5000,${category},,${at}`].join("\n"));

    const result = await importCsv(
      [
        HEADER,
        `a-${run},2700000000014,5000,${category},,${at}`,
        `b-${run},${member.cardNumber},5000,${category},,${at}`,
        `b-${run},${member.cardNumber},5000,${category},,${at}`,
        `earlier-${run},${member.cardNumber},9000,${category},,${at}`,
      ].join("\n"),
    );
    expect(result.status).toBe("REJECTED");
    expect(result.errors).toEqual([
      { line: 2, column: "card_number", purchaseId: `a-${run}`, message: "loyalty.errors.cardNotFound" },
      { line: 4, column: "purchase_id", purchaseId: `b-${run}`, message: "loyaltyConsole.importErrors.repeated" },
      { line: 5, column: "purchase_id", purchaseId: `earlier-${run}`, message: "loyalty.errors.purchaseConflict" },
    ]);
    expect(await db.purchase.count({ where: { externalId: `b-${run}` } })).toBe(0);
  });
});

describe("the import job", () => {
  it("is worked by the background worker: the file travels in the job and the import ends APPLIED", async () => {
    const member = await createTestMember();
    const category = uniqueCategory("worker");
    await createRule({ kind: "PURCHASE", subject: category, pointsPer100Rub: 2 });
    const content = [HEADER, `w-${category},${member.cardNumber},250000,${category},,2026-01-15T10:00:00Z`].join("\n");
    const { id } = await startPurchaseImport({ fileName: "worker.csv", content }, await createSupervisor());
    const worker = await startTestWorker(createLoyaltyTasks(), { concurrency: 1 });
    try {
      await vi.waitFor(
        async () => expect((await readPurchaseImport(id))?.status, "the import has ended").not.toBe("RUNNING"),
        {
          timeout: 20_000,
          interval: 200,
        },
      );
    } finally {
      await worker.stop();
    }
    expect(await readPurchaseImport(id)).toMatchObject({
      status: "APPLIED",
      totalRows: 1,
      processedRows: 1,
      appliedRows: 1,
    });
    expect(await balanceOf(member.id)).toBe(50);
  });
});
