import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseType } from "@/lib/generated/prisma/enums";

import { CASE_NUMBER_PREFIX, formatCaseNumber } from "./case-number";

/**
 * The next number for a case of this type, taken inside the transaction that files the case: the row lock
 * on the counter orders concurrent filers on every instance, and a rolled-back filing returns its number.
 */
export async function allocateCaseNumber(tx: Prisma.TransactionClient, type: CaseType, at: Date): Promise<string> {
  const prefix = CASE_NUMBER_PREFIX[type];
  // The year of the case number is the year in Moscow, where the register is kept.
  const year = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Moscow" }).format(at));
  const [row] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "CaseCounter" ("prefix", "year", "value") VALUES (${prefix}, ${year}, 1)
    ON CONFLICT ("prefix", "year") DO UPDATE SET "value" = "CaseCounter"."value" + 1
    RETURNING "value"`;
  return formatCaseNumber(type, year, row.value);
}
