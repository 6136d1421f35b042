/**
 * How the console inbox holds up with many cases, against a throwaway database (never the portal's own):
 *   npx tsx --conditions=react-server scripts/bench/inbox.ts [cases]   (default 1,000,000)
 * Fills the Case table with generated rows in SQL, then times listCases (one page plus its capped count) for
 * the filters people use most, as an operator and as an office head; the median of 5 runs each. Baseline,
 * measured in the same run through the same Prisma client: `SELECT 1` (the median of 50), which every
 * figure is also shown as a multiple of.
 */
import type { TStaffUser } from "../../lib/auth/current-user";
import { createTestDatabase } from "../test/test-database";
import { runMain, writeResults } from "./support/bench-run";

const total = Number(process.argv[2] ?? 1_000_000);

runMain(async () => {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../../lib/db");
  const { listCases } = await import("../../lib/inbox/list-cases");
  const { parseInboxQuery } = await import("../../lib/inbox/schemas");
  try {
    const fillStarted = performance.now();
    await db.$executeRawUnsafe(`
      INSERT INTO "Office" ("postcode", "name", "type", "region", "updatedAt")
      SELECT lpad((100000 + i)::text, 6, '0'), 'Отделение ' || i, 'ОПС', 'Регион ' || (i % 80), now()
      FROM generate_series(0, 999) AS i`);
    const words = [
      "очередь в отделении",
      "посылка не пришла",
      "грубость оператора",
      "извещение не принесли",
      "повреждена бандероль",
    ];
    await db.$executeRawUnsafe(`
      INSERT INTO "Case" ("id", "number", "type", "status", "priority", "applicantName", "applicantEmail", "text",
        "officePostcode", "region", "trackingNumber", "dueAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid(),
        (ARRAY['Ж','Р','О','Ч'])[1 + i % 4] || '-2026-' || lpad(i::text, 7, '0'),
        (ARRAY['COMPLAINT','CLAIM','RATING','QUEUE_REPORT'])[1 + i % 4]::"CaseType",
        (ARRAY['NEW','REGISTERED','IN_PROGRESS','ANSWERED','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + i % 8]::"CaseStatus",
        (ARRAY['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + i % 5]::"CasePriority",
        'Заявитель ' || i, 'applicant' || i || '@mail.example',
        (ARRAY['${words.join("','")}'])[1 + i % 5] || ' ' || md5(i::text),
        lpad((100000 + i % 1000)::text, 6, '0'), 'Регион ' || (i % 1000 % 80),
        CASE WHEN i % 4 = 1 THEN 'RB' || lpad(i::text, 9, '0') || 'RU' END,
        now() - interval '400 days' + (i * interval '35 seconds') + interval '30 days',
        now() - interval '400 days' + (i * interval '35 seconds'),
        now()
      FROM generate_series(1, ${total}) AS i`);
    await db.$executeRawUnsafe(`ANALYZE "Case"`);
    const fillSeconds = (performance.now() - fillStarted) / 1000;

    const operator: TStaffUser = {
      kind: "staff",
      id: "00000000-0000-7000-8000-000000000001",
      email: "o@x",
      name: "o",
      role: "OPERATOR",
      officePostcodes: [],
      hasTotp: false,
    };
    const head: TStaffUser = { ...operator, role: "OFFICE_HEAD", officePostcodes: ["100042"] };
    const scenarios: [string, string, TStaffUser][] = [
      ["default (newest first)", "", operator],
      ["overdue claims", "type=CLAIM&due=overdue", operator],
      ["overdue, by due date", "due=overdue&sort=dueAt&dir=asc", operator],
      ["one office", "office=100042", operator],
      ["region + status", "region=Регион 7&status=CLOSED", operator],
      ["unassigned, page 200", "assignee=unassigned&page=200&pageSize=50", operator],
      ["search «очереди»", "q=очереди", operator],
      ["search a name", "q=Заявитель 123457", operator],
      [
        "case number as typed",
        `q=ж2026${String(Math.floor(total / 2) - (Math.floor(total / 2) % 4)).padStart(7, "0")}`,
        operator,
      ],
      ["tracking number", "q=RB000000005RU", operator],
      ["office head, default", "", head],
      ["office head, search", "q=грубости", head],
    ];
    const medianOf = async (runs: number, work: () => Promise<unknown>) => {
      await work();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await work();
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
    };
    const baselineMs = await medianOf(50, () => db.$queryRaw`SELECT 1`);
    const results = [];
    console.log(`\nInbox with ${total.toLocaleString("en")} cases (filled in ${fillSeconds.toFixed(0)} s)\n`);
    console.log("scenario                       median ms  × base   total  capped");
    console.log(`${"baseline: SELECT 1".padEnd(30)} ${baselineMs.toFixed(1).padStart(9)} ${"1".padStart(7)}`);
    for (const [name, query, user] of scenarios) {
      let page = await listCases(parseInboxQuery(new URLSearchParams(query)), user);
      const median = await medianOf(5, async () => {
        page = await listCases(parseInboxQuery(new URLSearchParams(query)), user);
      });
      results.push({
        name,
        query,
        role: user.role,
        medianMs: Math.round(median),
        timesBaseline: Math.round(median / baselineMs),
        total: page.total,
        isTotalCapped: page.isTotalCapped,
      });
      console.log(
        `${name.padEnd(30)} ${median.toFixed(0).padStart(9)} ${Math.round(median / baselineMs)
          .toString()
          .padStart(7)} ${String(page.total).padStart(7)}  ${page.isTotalCapped ? "yes" : ""}`,
      );
    }
    await writeResults("inbox", {
      cases: total,
      fillSeconds,
      baseline: { name: "SELECT 1", medianMs: baselineMs },
      scenarios: results,
    });
  } finally {
    await db.$disconnect();
    await database.dispose();
  }
});
