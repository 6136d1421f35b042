import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseType } from "@/lib/generated/prisma/enums";

import { caseNumberSeries, formatCaseNumber } from "./case-number";

/**
 * The next number for a case of this type, for cases written row by row (the demo data); createCase takes
 * its number in the statement that writes the case. Numbers come from the series' sequence: unique and
 * increasing on every instance, without a lock; a transaction that rolls back leaves its number unused.
 */
export async function allocateCaseNumber(tx: Prisma.TransactionClient, type: CaseType, at: Date): Promise<string> {
  const { year, sequence } = caseNumberSeries(type, at);
  const [row] = await tx.$queryRaw<{ value: bigint }[]>`SELECT next_case_number(${sequence}) AS "value"`;
  return formatCaseNumber(type, year, Number(row.value));
}
