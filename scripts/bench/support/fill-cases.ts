/**
 * Generated cases for the benchmarks that need millions of them (the inbox, the reports), written in SQL on
 * the server in chunks. A set can grow: fill cases 1..1,000,000, measure, then add 1,000,001..5,000,000 with
 * the same anchor and measure again. Case i is filed `step` seconds before case i − 1, so a larger set reaches
 * further back in time, as a real desk's history does (1M cases ≈ 7½ months, 5M ≈ 3 years at 20 s).
 *
 * What a row looks like follows how a desk works, so that no plan is flattered or punished by an artefact:
 * - statuses depend on age: a case within its term is open with a probability falling from ~1 to ~0.1 as the
 *   term runs out; past its term 3 % stay open (forgotten ones: the overdue), spread evenly over the years;
 * - deadlines: complaints and claims 30 days, queue reports 7, office ratings none; waiting cases are paused;
 * - every choice (type aside, which cycles) comes from a hash of i, so columns are independent of each other;
 * - rows go in oldest first, so the heap's order follows the dates as in production (a grown set's older
 *   cases come after the first set's, as an archive loaded later would).
 *
 * The table's secondary indexes are dropped while rows go in and built again afterwards from their own
 * definitions (pg_indexes), which is several times faster than maintaining them row by row; the indexes
 * measured are exactly the ones the migrations created.
 */
import type { PrismaClient } from "../../../lib/generated/prisma/client";

export const FILL_OFFICES = 1000;
export const FILL_OPERATORS = 40;
/** Office heads, each heading FILL_OFFICES / FILL_HEADS offices. */
export const FILL_HEADS = 100;

export const FILL_PHRASES = [
  "очередь в отделении",
  "посылка не пришла",
  "грубость оператора",
  "извещение не принесли",
  "повреждена бандероль",
];

/** The postcode of generated office n (0-based). */
export const fillPostcode = (n: number) => String(100000 + n).padStart(6, "0");

/** The generated staff: ids are fixed so a benchmark can act as one of them. */
export const fillStaffId = (kind: "operator" | "head", n: number) =>
  `00000000-0000-7000-8${kind === "operator" ? "000" : "001"}-${String(n + 1).padStart(12, "0")}`;

/** Offices, operators and office heads (each with their offices); once per database. */
export async function fillDirectory(db: PrismaClient): Promise<void> {
  await db.$executeRawUnsafe(`
    INSERT INTO "Office" ("postcode", "name", "type", "region", "updatedAt")
    SELECT lpad((100000 + i)::text, 6, '0'), 'Отделение ' || i, 'ОПС', 'Регион ' || (i % 80), now()
    FROM generate_series(0, ${FILL_OFFICES - 1}) AS i`);
  const staff = [
    ...Array.from({ length: FILL_OPERATORS }, (_, n) => [fillStaffId("operator", n), "OPERATOR", `Оператор ${n + 1}`]),
    ...Array.from({ length: FILL_HEADS }, (_, n) => [fillStaffId("head", n), "OFFICE_HEAD", `Начальник ${n + 1}`]),
  ];
  await db.$executeRawUnsafe(`
    INSERT INTO "StaffUser" ("id", "email", "name", "role", "updatedAt")
    VALUES ${staff.map(([id, role, name]) => `('${id}', '${id}@staff.example', '${name}', '${role}', now())`).join(",")}`);
  const perHead = FILL_OFFICES / FILL_HEADS;
  await db.$executeRawUnsafe(`
    INSERT INTO "StaffOffice" ("staffId", "officePostcode")
    SELECT ('00000000-0000-7000-8001-' || lpad((1 + i / ${perHead})::text, 12, '0'))::uuid, lpad((100000 + i)::text, 6, '0')
    FROM generate_series(0, ${FILL_OFFICES - 1}) AS i`);
}

/** The one INSERT for cases from..to; see the header for what the rows look like. */
function insertSql(from: number, to: number, anchor: Date, step: number): string {
  const operators = `ARRAY[${Array.from({ length: FILL_OPERATORS }, (_, n) => `'${fillStaffId("operator", n)}'`).join(",")}]::uuid[]`;
  return `
    WITH s AS (
      SELECT i,
        (ARRAY['COMPLAINT','CLAIM','RATING','QUEUE_REPORT'])[1 + i % 4] AS type,
        '${anchor.toISOString()}'::timestamptz - i * interval '${step} seconds' AS created,
        (hashint4extended(i, 1) & 65535) / 65536.0 AS r1,
        (hashint4extended(i, 2) & 65535) / 65536.0 AS r2,
        (hashint4extended(i, 3) & 65535) / 65536.0 AS r3,
        (hashint4extended(i, 4) & 65535) % 5 AS phrase,
        (hashint4extended(i, 5) & 65535) % ${FILL_OFFICES} AS office
      FROM generate_series(${to}, ${from}, -1) AS i
    ), d AS (
      SELECT s.*,
        CASE type WHEN 'QUEUE_REPORT' THEN 7 WHEN 'RATING' THEN 3 ELSE 30 END AS term,
        extract(epoch FROM '${anchor.toISOString()}'::timestamptz - created) / 86400 AS age
      FROM s
    ), st AS (
      SELECT d.*,
        CASE WHEN (age < term AND r1 < 1 - 0.9 * age / term) OR r1 < 0.03 THEN
          CASE WHEN r2 < 0.15 THEN 'NEW' WHEN r2 < 0.35 THEN 'REGISTERED' WHEN r2 < 0.75 THEN 'IN_PROGRESS'
            WHEN r2 < 0.9 THEN 'WAITING_FOR_CUSTOMER' ELSE 'REOPENED' END
        ELSE
          CASE WHEN r2 < 0.3 THEN 'ANSWERED' WHEN r2 < 0.9 THEN 'CLOSED' WHEN r2 < 0.95 THEN 'FORWARDED'
            WHEN r2 < 0.98 THEN 'LEFT_UNANSWERED' ELSE 'CORRESPONDENCE_ENDED' END
        END AS status
      FROM d
    )
    INSERT INTO "Case" ("id", "number", "type", "status", "priority", "applicantName", "applicantEmail", "text",
      "officePostcode", "region", "trackingNumber", "assigneeId", "dueAt", "pausedAt", "answeredAt", "closedAt",
      "createdAt", "updatedAt")
    SELECT gen_random_uuid(),
      (ARRAY['Ж','Р','О','Ч'])[1 + i % 4] || '-2026-' || lpad(i::text, 7, '0'),
      type::"CaseType", status::"CaseStatus",
      (ARRAY['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + floor(r3 * 5)::int]::"CasePriority",
      'Заявитель ' || i, 'applicant' || i || '@mail.example',
      (ARRAY['${FILL_PHRASES.join("','")}'])[1 + phrase] || ' ' || md5(i::text),
      lpad((100000 + office)::text, 6, '0'), 'Регион ' || (office % 80),
      CASE WHEN type = 'CLAIM' THEN 'RB' || lpad(i::text, 9, '0') || 'RU' END,
      CASE WHEN status = 'NEW' OR (status = 'REGISTERED' AND r3 < 0.5) THEN NULL
        ELSE (${operators})[1 + floor(r3 * ${FILL_OPERATORS})::int] END,
      CASE WHEN type <> 'RATING' THEN created + term * interval '1 day' END,
      CASE WHEN status = 'WAITING_FOR_CUSTOMER' THEN created + (age / 2) * interval '1 day' END,
      CASE WHEN status IN ('ANSWERED', 'CLOSED') THEN created + least(age, r3 * 1.1 * term) * interval '1 day' END,
      CASE WHEN status = 'CLOSED' THEN created + least(age, r3 * 1.1 * term + 5) * interval '1 day' END,
      created, created
    FROM st`;
}

/** Runs work with the table's secondary indexes dropped, then builds exactly those indexes again. */
async function withIndexesDeferred(db: PrismaClient, table: string, work: () => Promise<void>): Promise<void> {
  const indexes = await db.$queryRawUnsafe<{ name: string; definition: string }[]>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = $1
       AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    table,
  );
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  try {
    await work();
  } finally {
    // Index builds sort in memory when they can; one at a time, the machine is shared.
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '512MB'`);
        for (const index of indexes) await tx.$executeRawUnsafe(index.definition);
      },
      { timeout: 3_600_000 },
    );
  }
}

export type TFillOptions = {
  /** The first and last case index to add (1-based, inclusive): 1..1e6, then 1e6+1..5e6 to grow. */
  from: number;
  to: number;
  /** The moment case 0 would have been filed; keep it the same when growing a set. */
  anchor: Date;
  /** Seconds between consecutive cases. */
  step?: number;
  chunk?: number;
  onProgress?: (done: number) => void;
};

/** Adds cases from..to, then VACUUM ANALYZE as autovacuum would after a load. */
export async function fillCases(db: PrismaClient, options: TFillOptions): Promise<void> {
  const { from, to, anchor, step = 20, chunk = 250_000, onProgress } = options;
  await withIndexesDeferred(db, "Case", async () => {
    // Oldest first, as a desk's table fills: the heap's order follows the dates, as it would in production.
    for (let end = to; end >= from; end -= chunk) {
      await db.$executeRawUnsafe(insertSql(Math.max(from, end - chunk + 1), end, anchor, step));
      onProgress?.(to - Math.max(from, end - chunk + 1) + 1);
    }
  });
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Case"`);
}
