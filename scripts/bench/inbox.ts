/**
 * How the console inbox holds up with many cases, against a throwaway database (never the portal's own):
 *   npx tsx --conditions=react-server scripts/bench/inbox.ts [cases]
 * Without a number it fills 1,000,000 generated cases (scripts/bench/support/fill-cases.ts), measures, grows the
 * same set to 5,000,000 and measures again, and prints both side by side; with a number, that one size only.
 * Each scenario times listCases (one page plus its capped count) for the filters people use most, as an
 * operator and as an office head: the median of 5 runs. Baseline, measured in the same run through the same
 * Prisma client: `SELECT 1` (the median of 50), which every figure is also shown as a multiple of. Also timed:
 * the console sidebar's counts for a supervisor (every queue, one view per office head).
 *
 * A 5,000,000-case fill takes a quarter of an hour on a small machine, so a filled set can be kept and measured
 * again: `--keep` leaves the throwaway database (and its embedded server) in place and prints its URL;
 * `--database=<url>` measures that database instead, after applying any newer migrations to it, adding only the
 * cases it lacks (with the anchor its cases were filed from) and never dropping it.
 */
import type { TStaffUser } from "../../lib/auth/current-user";
import type { TestDatabase } from "../test/test-database";
import { benchDatabase, flag, printMachine, runMain, writeResults } from "./support/bench-run";
import { FILL_HEADS, fillCases, fillDirectory, fillPostcode, fillStaffId } from "./support/fill-cases";
import { checkTarget } from "./support/targets";
import { medianOf } from "./support/timing";

const sizes = process.argv[2] && !process.argv[2].startsWith("--") ? [Number(process.argv[2])] : [1_000_000, 5_000_000];
const reuseUrl = flag("database");
const isKept = flag("keep") === "true";
/** Seconds between generated cases (fill-cases' default), to find the anchor of a reused set. */
const FILL_STEP = 20;
/** The targets: every view within this many ms at this many cases. */
const TARGET_MS: Record<number, number> = { 1_000_000: 100, 5_000_000: 150 };

const operator: TStaffUser = {
  kind: "staff",
  id: fillStaffId("operator", 0),
  email: "o@x",
  name: "o",
  role: "OPERATOR",
  officePostcodes: [],
  hasTotp: false,
};
const head: TStaffUser = {
  ...operator,
  id: fillStaffId("head", 4),
  role: "OFFICE_HEAD",
  officePostcodes: Array.from({ length: 10 }, (_, n) => fillPostcode(40 + n)),
};

const scenarios = (total: number): [string, string, TStaffUser][] => [
  ["default (newest first)", "", operator],
  ["overdue claims", "type=CLAIM&due=overdue", operator],
  ["overdue, by due date", "due=overdue&sort=dueAt&dir=asc", operator],
  ["open, mine", "assignee=mine&state=open", operator],
  ["one office", "office=100042", operator],
  ["region + status", "region=Регион 7&status=CLOSED", operator],
  ["unassigned, page 200", "assignee=unassigned&page=200&pageSize=50", operator],
  ["search «очереди»", "q=очереди", operator],
  ["search a rare word", "q=бандероль грубость", operator],
  ["search a name", "q=Заявитель 123457", operator],
  [
    "case number as typed",
    `q=ж2026${String(Math.floor(total / 2) - (Math.floor(total / 2) % 4)).padStart(7, "0")}`,
    operator,
  ],
  ["tracking number", "q=RB000000005RU", operator],
  ["office head, default", "", head],
  ["office head, overdue", "due=overdue", head],
  ["office head, search", "q=грубости", head],
];

/** A database filled by an earlier run: brought up to the current migrations, never dropped. */
async function reusedDatabase(url: string): Promise<TestDatabase> {
  const { prisma } = await import("../test/test-database");
  await prisma(["migrate", "deploy"], url);
  return { url, dispose: async () => {} };
}

runMain(async () => {
  const database = reuseUrl ? await reusedDatabase(reuseUrl) : await benchDatabase();
  process.env.DATABASE_URL = database.url;
  const { explain } = (await import("./support/explain-queries")).installExplainingClient(
    // As lib/inbox/case-ids.ts runs them: custom plans, and a text search outside the walk on exact bitmaps only.
    (sql) => [
      "SET LOCAL plan_cache_mode = force_custom_plan",
      ...(sql.includes("websearch_to_tsquery") && !sql.includes(" AS hit") && !sql.startsWith("EXPLAIN")
        ? ["SET LOCAL work_mem = '32MB'", "SET LOCAL enable_seqscan = off", "SET LOCAL enable_indexscan = off"]
        : []),
    ],
  );
  const { db } = await import("../../lib/db");
  const { listCases } = await import("../../lib/inbox/list-cases");
  const { parseInboxQuery } = await import("../../lib/inbox/schemas");
  const { listInboxViews } = await import("../../lib/inbox/views");
  try {
    // Migrations applied to a reused set may have rewritten the table: measure it as autovacuum would leave it.
    if (reuseUrl) await db.$executeRawUnsafe(`VACUUM ANALYZE "Case"`);
    const [held] = await db.$queryRaw<{ filled: number; newest: Date | null }[]>`
      SELECT count(*)::int AS filled, max("createdAt") AS newest FROM "Case"`;
    if (held.filled === 0) await fillDirectory(db);
    // Case i was filed i steps before the anchor, so the newest (case 1) tells a reused set's anchor.
    const anchor = held.newest ? new Date(held.newest.getTime() + FILL_STEP * 1000) : new Date();
    const runs = [];
    let filled = held.filled;
    for (const total of sizes) {
      if (total < filled) {
        console.log(
          `\n${total.toLocaleString("en")} cases: skipped, the database holds ${filled.toLocaleString("en")}`,
        );
        continue;
      }
      const fillStarted = performance.now();
      if (total > filled) await fillCases(db, { from: filled + 1, to: total, anchor, step: FILL_STEP });
      filled = total;
      const fillSeconds = (performance.now() - fillStarted) / 1000;
      const baselineMs = await medianOf(50, () => db.$queryRaw`SELECT 1`);
      const results = [];
      console.log(`\nInbox with ${total.toLocaleString("en")} cases (filled in ${fillSeconds.toFixed(0)} s)`);
      printMachine();
      for (const [name, query, user] of scenarios(total)) {
        const parsed = parseInboxQuery(new URLSearchParams(query));
        let page = await listCases(parsed, user);
        const median = await medianOf(5, async () => {
          page = await listCases(parsed, user);
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
        // The plans of the slow ones, so the reason is on the page next to the figure.
        if (median > (TARGET_MS[total] ?? 100) * 0.8) console.log(await explain(name, () => listCases(parsed, user)));
      }
      // The console's sidebar, on every console page: each queue and one view per office head, counted.
      const sidebarMs = await medianOf(5, () => listInboxViews({ ...operator, role: "SUPERVISOR" }));
      console.log(
        `sidebar counts (supervisor, ${FILL_HEADS} office heads): ${sidebarMs.toFixed(0)} ms (×${Math.round(sidebarMs / baselineMs)})`,
      );
      runs.push({
        cases: total,
        sidebar: { medianMs: Math.round(sidebarMs), timesBaseline: Math.round(sidebarMs / baselineMs) },
        fillSeconds,
        baseline: { name: "SELECT 1", medianMs: baselineMs },
        scenarios: results,
      });
    }
    if (runs.length) printTable(runs);
    for (const run of runs) {
      const slowest = run.scenarios.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
      const limit = TARGET_MS[run.cases] ?? 100;
      checkTarget(
        `every view at ${run.cases.toLocaleString("en")} cases ≤ ${limit} ms`,
        slowest.medianMs <= limit,
        `slowest «${slowest.name}» ${slowest.medianMs} ms (baseline SELECT 1 ${run.baseline.medianMs.toFixed(1)} ms, ×${slowest.timesBaseline})`,
      );
    }
    await writeResults("inbox", { runs });
  } finally {
    await db.$disconnect();
    if (isKept || reuseUrl) console.log(`\ndatabase kept: measure it again with --database=${database.url}`);
    else await database.dispose();
  }
});

type TRun = {
  cases: number;
  baseline: { medianMs: number };
  scenarios: { name: string; medianMs: number; timesBaseline: number; total: number; isTotalCapped: boolean }[];
};

/** One row per scenario, one column group per size: growth reads across. */
function printTable(runs: TRun[]): void {
  const head = runs.map((run) => `${(run.cases / 1e6).toString()}M: ms  × base   total`.padStart(28)).join("");
  console.log(`\n${"scenario".padEnd(28)}${head}`);
  console.log(
    `${"baseline: SELECT 1".padEnd(28)}${runs.map((run) => `${run.baseline.medianMs.toFixed(1).padStart(12)}${"1".padStart(8)}${"".padStart(8)}`).join("")}`,
  );
  for (const [i, scenario] of runs[0].scenarios.entries()) {
    const cells = runs.map((run) => {
      const result = run.scenarios[i];
      const total = `${result.total}${result.isTotalCapped ? "+" : ""}`;
      return `${String(result.medianMs).padStart(12)}${String(result.timesBaseline).padStart(8)}${total.padStart(8)}`;
    });
    console.log(`${scenario.name.padEnd(28)}${cells.join("")}`);
  }
}
