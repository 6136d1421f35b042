/**
 * How the console's reports hold up with many cases, against a throwaway database (never the portal's own):
 *   npx tsx --conditions=react-server scripts/bench/reports.ts [cases]   (default: 1,000,000, then 5,000,000)
 * Fills the Case table with generated cases over the last 65 weeks (scripts/bench/support/fill-report-cases.ts),
 * then times every report the reports page builds (reportTable, as the page calls it) for the default 12 weeks
 * and for a year, as an analyst (every office) and as an office head (one office); the median of 3 runs each,
 * and the whole page (every report at once, as the page asks) beside them. Baselines, measured in the same run
 * through the same Prisma client: `SELECT 1` and a plain `count(*)` of the period's cases (the least any report
 * over the period must do). Target, at 1,000,000 cases: every report within 1 s; a report over it has its plan
 * printed. The 5,000,000 figures are printed, not checked.
 * Without an argument both sizes run, one after the other, and their figures are printed side by side.
 */
import type { TReportViewer } from "../../lib/reports/scope";
import { benchDatabase, printMachine, runMain, writeResults } from "./support/bench-run";
import { fillReportCases } from "./support/fill-report-cases";
import { checkTarget } from "./support/targets";
import { capturingSql, explainCaptured, medianOf } from "./support/timing";

const TARGET_MS = 1000;
/** The size the target is for; 5,000,000 (and any size given) is printed beside it so the growth is visible. */
const TARGET_SIZE = 1_000_000;
const RUNS = 3;
const sizes = process.argv[2] ? [Number(process.argv[2])] : [1_000_000, 5_000_000];
if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error("cases must be a whole number");

const viewers: [string, TReportViewer][] = [
  ["analyst", { role: "ANALYST", officePostcodes: [] }],
  ["office head", { role: "OFFICE_HEAD", officePostcodes: ["100042"] }],
];
type TFigure = { size: number; period: string; viewer: string; report: string; medianMs: number };

runMain(async () => {
  const database = await benchDatabase();
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../../lib/db");
  const { Prisma } = await import("../../lib/generated/prisma/client");
  const { parseReportQuery, REPORTS } = await import("../../lib/reports/schemas");
  const { REPORT_SETTINGS, reportCases } = await import("../../lib/reports/scope");
  const { reportTable } = await import("../../lib/reports/tables");
  const { addDays, today } = await import("../../lib/time/operator-day");
  const t = (key: string) => key;
  const figures: TFigure[] = [];
  const fills: Record<number, number> = {};
  try {
    printMachine();
    for (const size of sizes) {
      const fillStarted = performance.now();
      await db.$executeRawUnsafe(`TRUNCATE "Case" CASCADE`);
      await fillReportCases(db, size);
      fills[size] = Math.round((performance.now() - fillStarted) / 1000);
      const now = new Date();
      const periods = [
        ["12 weeks", parseReportQuery({}, now)],
        ["year", parseReportQuery({ from: addDays(today(now), -364), to: today(now) }, now)],
      ] as const;
      console.log(`\nReports with ${size.toLocaleString("en")} cases (filled in ${fills[size]} s)`);
      const select1 = await medianOf(50, () => db.$queryRaw`SELECT 1`);
      figures.push({ size, period: "-", viewer: "-", report: "baseline: SELECT 1", medianMs: select1 });
      for (const [period, query] of periods) {
        for (const [viewer, user] of viewers) {
          const where = reportCases(query, user);
          const count = await medianOf(RUNS, () =>
            db.$queryRaw(Prisma.sql`SELECT count(*) FROM "Case" c WHERE ${where}`),
          );
          const rows: [string, number][] = [["baseline: count(*) of the period", count]];
          for (const report of REPORTS) {
            const run = () => reportTable(report, query, user, t, { locale: "ru", limit: 101 });
            rows.push([report, await medianOf(RUNS, run)]);
          }
          const page = () =>
            Promise.all(REPORTS.map((report) => reportTable(report, query, user, t, { locale: "ru", limit: 101 })));
          rows.push(["the whole page (all at once)", await medianOf(RUNS, page)]);
          console.log(`\n${period}, ${viewer} (load average ${(await import("node:os")).loadavg()[0].toFixed(1)})`);
          for (const [report, medianMs] of rows) {
            figures.push({ size, period, viewer, report, medianMs });
            console.log(
              `  ${report.padEnd(34)} ${medianMs.toFixed(0).padStart(7)} ms  ${(medianMs / count).toFixed(2)}× count`,
            );
          }
        }
        const timed = figures.filter(
          (f) => f.size === size && f.period === period && REPORTS.includes(f.report as (typeof REPORTS)[number]),
        );
        const slowest = timed.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
        const baseline = figures.find(
          (f) => f.size === size && f.period === period && f.viewer === "analyst" && f.report.startsWith("baseline"),
        );
        const name = `reports, ${size.toLocaleString("en")} cases, ${period}`;
        const detail = `slowest ${slowest.report} (${slowest.viewer}) ${slowest.medianMs.toFixed(0)} ms; count(*) ${baseline?.medianMs.toFixed(0)} ms`;
        if (size !== TARGET_SIZE) {
          // Other sizes show how the cost grows; the target is set at one size, and their plans are not printed.
          console.log(`${name}: ${detail} (not a target: the target is at ${TARGET_SIZE.toLocaleString("en")})`);
          continue;
        }
        checkTarget(`${name}: every report ≤ ${TARGET_MS} ms`, slowest.medianMs <= TARGET_MS, detail);
        for (const late of timed.filter((f) => f.medianMs > TARGET_MS)) {
          const user = viewers.find(([name]) => name === late.viewer)![1];
          const query = periods.find(([name]) => name === period)![1];
          const captured = await capturingSql(() =>
            reportTable(late.report as (typeof REPORTS)[number], query, user, t, { locale: "ru", limit: 101 }),
          );
          console.log(`\nEXPLAIN ANALYZE: ${late.report}, ${period}, ${late.viewer}`);
          for (const sql of captured.filter((one) => one.text !== REPORT_SETTINGS.text))
            console.log(await explainCaptured(sql, REPORT_SETTINGS));
        }
      }
      // After each size, so a run stopped during the next (larger, slower) fill keeps what it measured.
      await writeResults("reports", {
        sizes,
        fillSeconds: fills,
        runs: RUNS,
        targetMs: TARGET_MS,
        targetSize: TARGET_SIZE,
        figures,
      });
    }
    printSideBySide(figures);
  } finally {
    await db.$disconnect();
    await database.dispose();
  }
});

/** One line per report, period and viewer, a column per size: how the cost grows with the cases. */
function printSideBySide(figures: TFigure[]): void {
  if (sizes.length < 2) return;
  console.log(`\nmedian ms by size: ${sizes.map((size) => size.toLocaleString("en")).join(" | ")}`);
  const lines = new Map<string, number[]>();
  for (const f of figures) {
    const key = `${f.period.padEnd(9)} ${f.viewer.padEnd(12)} ${f.report}`;
    lines.set(key, [...(lines.get(key) ?? []), f.medianMs]);
  }
  for (const [key, values] of lines)
    console.log(`  ${key.padEnd(60)} ${values.map((value) => value.toFixed(0).padStart(7)).join(" ")}`);
}
