import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { APPLICANT_LEFT_TO_DEFAULTS, CASE_LEFT_TO_DEFAULTS, FILED_EVENT_LEFT_TO_DEFAULTS } from "./create-case-columns";
import { createTestCase } from "./test-support";

// The filing statement is raw SQL with its own column lists. Someone who adds a required column to
// schema.prisma (and its migration) gets, first, a type error in create-case.ts (its rows are typed from
// Prisma's field lists minus the columns left to defaults) and, should they silence it by listing the column
// in create-case-columns.ts, a failure here: a column left to the database must take NULL or have a default.

const TABLES = [
  { table: "Case", fields: Object.keys(Prisma.CaseScalarFieldEnum), leftToDefaults: CASE_LEFT_TO_DEFAULTS },
  {
    table: "CaseApplicant",
    fields: Object.keys(Prisma.CaseApplicantScalarFieldEnum),
    leftToDefaults: APPLICANT_LEFT_TO_DEFAULTS,
  },
  {
    table: "CaseEvent",
    fields: Object.keys(Prisma.CaseEventScalarFieldEnum),
    leftToDefaults: FILED_EVENT_LEFT_TO_DEFAULTS,
  },
];

type TColumn = { name: string; isNullable: boolean; hasDefault: boolean };

/** The columns a statement can write: a generated one (Case's search words) is PostgreSQL's to compute. */
async function columnsOf(table: string, client: Prisma.TransactionClient | typeof db = db): Promise<TColumn[]> {
  return client.$queryRaw<TColumn[]>`
    SELECT column_name AS "name", is_nullable = 'YES' AS "isNullable", column_default IS NOT NULL AS "hasDefault"
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} AND is_generated = 'NEVER'
    ORDER BY column_name`;
}

/** The columns that are NOT NULL without a default and that the statement does not write. */
function unwritten(columns: TColumn[], fields: string[], leftToDefaults: readonly string[]): string[] {
  const written = fields.filter((name) => !leftToDefaults.includes(name));
  return columns
    .filter((column) => !column.isNullable && !column.hasDefault && !written.includes(column.name))
    .map((column) => column.name);
}

describe("the filing statement's columns", () => {
  it.each(TABLES)("are those of $table in the database", async ({ table, fields }) => {
    const columns = await columnsOf(table);
    // Prisma's fields are the table's columns (no @map), so the rows' names are the columns' names.
    expect(columns.map((column) => column.name)).toEqual([...fields].sort());
  });

  it.each(TABLES)(
    "leave to $table's defaults only columns that take NULL or have a default",
    async ({ table, leftToDefaults }) => {
      const columns = new Map((await columnsOf(table)).map((column) => [column.name, column]));
      const required = leftToDefaults.filter((name) => {
        const column = columns.get(name);
        return !column || (!column.isNullable && !column.hasDefault);
      });
      expect(required).toEqual([]);
    },
  );

  it.each(TABLES)(
    "write every column of $table that is required and has no default",
    async ({ table, fields, leftToDefaults }) => {
      expect(unwritten(await columnsOf(table), fields, leftToDefaults)).toEqual([]);
    },
  );

  it("would name a required column added to the table without a value in the statement", async () => {
    const { fields, leftToDefaults } = TABLES[2];
    let found: string[] = [];
    const rollBack = new Error("Rolled back: the column was only added to be seen");
    await db
      .$transaction(async (tx) => {
        // Rows other tests wrote need a value while the column is added; then it has no default, as a new
        // required column would.
        await tx.$executeRaw`ALTER TABLE "CaseEvent" ADD COLUMN "probe" text NOT NULL DEFAULT ''`;
        await tx.$executeRaw`ALTER TABLE "CaseEvent" ALTER COLUMN "probe" DROP DEFAULT`;
        found = unwritten(await columnsOf("CaseEvent", tx), fields, leftToDefaults);
        throw rollBack;
      })
      .catch((error: unknown) => {
        if (error !== rollBack) throw error;
      });
    expect(found).toEqual(["probe"]);
    expect((await columnsOf("CaseEvent")).map((column) => column.name)).not.toContain("probe");
  });

  it("files a case with them", async () => {
    const created = await createTestCase("columns@mail.example", { trackingNumber: "RA123456785RU" });
    const stored = await db.case.findUniqueOrThrow({
      where: { id: created.caseId },
      select: {
        number: true,
        status: true,
        priority: true,
        trackingNumber: true,
        applicants: { select: { statusLinkVersion: true } },
        events: { select: { kind: true } },
      },
    });
    expect(stored).toEqual({
      number: created.number,
      status: "REGISTERED",
      priority: "NORMAL",
      trackingNumber: "RA123456785RU",
      applicants: [{ statusLinkVersion: 0 }],
      events: [{ kind: "FILED" }],
    });
  });
});
