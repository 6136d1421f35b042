import "server-only";

import { db } from "@/lib/db";

import { applyPurchases, ImportRowError } from "./apply-purchases";
import type { TStartPurchaseImport } from "./console-schemas";
import { checkPurchaseRow, parsePurchaseCsv, type TCsvPurchase, type TImportError } from "./purchase-csv";

export const PURCHASE_IMPORT_TASK = "purchase-import";

/** Rows checked between two progress updates. */
const CHUNK = 500;
/** The error report keeps this many rows: enough to fix a file, small enough to show on one page. */
const MAX_REPORTED_ERRORS = 1_000;
/** One transaction posts the whole file; 100,000 rows take minutes, not hours. */
const APPLY_TX = { maxWait: 60_000, timeout: 30 * 60_000 } as const;

/**
 * Records an import and queues its job in one transaction. The file travels in the job's payload: it is at
 * most 5 MB, it is needed once, and the job row is deleted when the job is done — so no file outlives its
 * import, and there is no window in which the import exists but its file does not (or the other way round).
 */
export async function startPurchaseImport(input: TStartPurchaseImport, staff: { id: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { id } = await tx.purchaseImport.create({
      data: { fileName: input.fileName, createdById: staff.id },
      select: { id: true },
    });
    await tx.$executeRaw`SELECT graphile_worker.add_job(
      ${PURCHASE_IMPORT_TASK}::text,
      json_build_object('importId', ${id}::text, 'content', ${input.content}::text),
      job_key := ${`purchase-import:${id}`}::text,
      max_attempts := 3
    )`;
    return { id };
  });
}

export async function readPurchaseImport(id: string) {
  return db.purchaseImport.findUnique({ where: { id } });
}

export async function listPurchaseImports() {
  return db.purchaseImport.findMany({
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      fileName: true,
      status: true,
      totalRows: true,
      appliedRows: true,
      duplicateRows: true,
      createdAt: true,
    },
  });
}

async function reject(importId: string, errors: TImportError[]) {
  await db.purchaseImport.update({
    where: { id: importId },
    data: { status: "REJECTED", errors: errors.slice(0, MAX_REPORTED_ERRORS), finishedAt: new Date() },
  });
}

/**
 * Checks every row against what the ledger will need — the API's schema, a known card of a member who has
 * not left, a purchase id not repeated in the file and not posted before with another card, amount or
 * category — counting progress as it goes. Returns the purchases, or the errors.
 */
async function checkRows(importId: string, rows: ReturnType<typeof parsePurchaseCsv>["rows"]) {
  const purchases: TCsvPurchase[] = [];
  const errors: TImportError[] = [];
  const firstLine = new Map<string, number>();
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk: TCsvPurchase[] = [];
    for (const row of rows.slice(start, start + CHUNK)) {
      const checked = checkPurchaseRow(row);
      if (Array.isArray(checked)) {
        errors.push(...checked);
        continue;
      }
      const seenAt = firstLine.get(checked.purchase.externalId);
      if (seenAt !== undefined) {
        errors.push({
          line: row.line,
          column: "purchase_id",
          purchaseId: checked.purchase.externalId,
          message: "loyaltyConsole.importErrors.repeated",
        });
        continue;
      }
      firstLine.set(checked.purchase.externalId, row.line);
      chunk.push(checked);
    }
    const cards = [...new Set(chunk.map((row) => row.purchase.cardNumber))];
    const [members, posted] = await Promise.all([
      db.member.findMany({
        where: { cardNumber: { in: cards }, status: { not: "LEFT" } },
        select: { id: true, cardNumber: true },
      }),
      db.purchase.findMany({
        where: { externalId: { in: chunk.map((row) => row.purchase.externalId) } },
        select: { externalId: true, memberId: true, amountKopecks: true, category: true },
      }),
    ]);
    const memberOf = new Map(members.map((member) => [member.cardNumber, member.id]));
    const postedOf = new Map(posted.map((purchase) => [purchase.externalId, purchase]));
    for (const row of chunk) {
      const { purchase, line } = row;
      const memberId = memberOf.get(purchase.cardNumber);
      const earlier = postedOf.get(purchase.externalId);
      if (!memberId) {
        errors.push({
          line,
          column: "card_number",
          purchaseId: purchase.externalId,
          message: "loyalty.errors.cardNotFound",
        });
      } else if (
        earlier &&
        (earlier.memberId !== memberId ||
          earlier.amountKopecks !== purchase.amountKopecks ||
          earlier.category !== purchase.category)
      ) {
        errors.push({
          line,
          column: "purchase_id",
          purchaseId: purchase.externalId,
          message: "loyalty.errors.purchaseConflict",
        });
      } else {
        purchases.push(row);
      }
    }
    await db.purchaseImport.update({
      where: { id: importId },
      data: { processedRows: Math.min(start + CHUNK, rows.length) },
    });
  }
  return { purchases, errors: errors.sort((a, b) => a.line - b.line) };
}

/**
 * The import job. Policy: nothing is applied if any row is wrong. Every row is checked first (the page
 * shows the progress); with any error the import is REJECTED with a report of every bad row; otherwise all
 * rows are posted in one transaction, together with the import's APPLIED status. Purchases posted before
 * (by the API or an earlier import) count as duplicates and credit nothing again.
 */
export async function runPurchaseImport(importId: string, content: string): Promise<void> {
  const current = await db.purchaseImport.findUnique({ where: { id: importId }, select: { status: true } });
  // A job retried after its import finished (a worker stopped at the wrong moment) has nothing left to do.
  if (current?.status !== "RUNNING") return;

  const { rows, fileErrors } = parsePurchaseCsv(content);
  if (fileErrors.length > 0) return reject(importId, fileErrors);
  if (rows.length === 0) return reject(importId, [{ line: 2, message: "loyaltyConsole.importErrors.noRows" }]);
  await db.purchaseImport.update({ where: { id: importId }, data: { totalRows: rows.length, processedRows: 0 } });

  const { purchases, errors } = await checkRows(importId, rows);
  if (errors.length > 0) return reject(importId, errors);

  try {
    await db.$transaction(async (tx) => {
      const { applied, duplicates } = await applyPurchases(tx, purchases);
      await tx.purchaseImport.update({
        where: { id: importId },
        data: { status: "APPLIED", appliedRows: applied, duplicateRows: duplicates, finishedAt: new Date() },
      });
    }, APPLY_TX);
  } catch (error) {
    // What changed between the check and the posting (a member left, the same purchase posted by the API
    // with another amount) rejects the whole file, like any bad row.
    if (error instanceof ImportRowError) return reject(importId, [{ line: error.line, message: error.messageKey }]);
    throw error;
  }
}

/** Marks an import whose job gave up (its last attempt failed unexpectedly), so the page stops waiting. */
export async function failPurchaseImport(importId: string): Promise<void> {
  await db.purchaseImport.updateMany({
    where: { id: importId, status: "RUNNING" },
    data: { status: "FAILED", finishedAt: new Date() },
  });
}
