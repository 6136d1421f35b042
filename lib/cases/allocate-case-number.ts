import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseType } from "@/lib/generated/prisma/enums";

import { caseNumberSeries, formatCaseNumber } from "./case-number";

/**
 * The next number for a case of this type, taken inside the transaction that writes the case: the row lock
 * on the counter orders concurrent writers on every instance, and a rolled-back transaction returns its
 * number. For cases written row by row (the demo data); createCase takes its number in its own statement.
 */
export async function allocateCaseNumber(tx: Prisma.TransactionClient, type: CaseType, at: Date): Promise<string> {
  const { prefix, year } = caseNumberSeries(type, at);
  const [row] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "CaseCounter" ("prefix", "year", "value") VALUES (${prefix}, ${year}, 1)
    ON CONFLICT ("prefix", "year") DO UPDATE SET "value" = "CaseCounter"."value" + 1
    RETURNING "value"`;
  return formatCaseNumber(type, year, row.value);
}
