/**
 * `npm test`: every check the project has, in order — type check, lint, format, unit and integration tests (real
 * PostgreSQL, fuzzing of every public endpoint), a production build, the fault tests, end-to-end tests in
 * Debian's Chromium — then one closing line `N passed, N failed` counting every test and check.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

type Tally = { passed: number; failed: number; skipped: number };
const results: { stage: string; tally: Tally; seconds: number; tail: string[] }[] = [];

/** The last lines a stage printed (but the app's JSON log lines), to say at the end why a stage failed. */
const TAIL_LINES = 15;
let tail: string[] = [];

function keepTail(chunk: Buffer, partial: { line: string }) {
  const lines = (partial.line + chunk.toString("utf8")).split("\n");
  partial.line = lines.pop() ?? "";
  for (const line of lines) {
    const plain = line.replace(/\x1b\[[0-9;]*m/g, "").trimEnd();
    if (!plain.trim() || plain.startsWith('{"level"')) continue;
    tail.push(plain);
    if (tail.length > TAIL_LINES) tail.shift();
  }
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ["inherit", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    const out = { line: "" };
    const err = { line: "" };
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      keepTail(chunk, out);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      keepTail(chunk, err);
    });
    child.on("error", (error) => {
      console.error(error.message);
      tail.push(error.message);
      resolve(1);
    });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

async function stage(name: string, work: () => Promise<Tally>) {
  console.log(`\n━━ ${name}`);
  const started = performance.now();
  tail = [];
  const tally = await work();
  results.push({ stage: name, tally, seconds: (performance.now() - started) / 1000, tail });
}

/** A check that is one pass or one failure. */
async function check(command: string, args: string[]): Promise<Tally> {
  const code = await run(command, args);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
}

function ensureChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install Debian's package (sudo apt-get install -y chromium) ` +
        "or set CHROMIUM_PATH, then run the tests again.",
    );
    return false;
  }
  console.log("Installing Debian's chromium package for the end-to-end tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  return existsSync(CHROMIUM);
}

async function vitest(): Promise<Tally> {
  const report = path.join(os.tmpdir(), `portal-vitest-${process.pid}.json`);
  const code = await run(process.execPath, [
    bin("vitest"),
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  const json = JSON.parse(await fs.readFile(report, "utf8").catch(() => "{}")) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
  };
  await fs.rm(report, { force: true });
  const tally = {
    passed: json.numPassedTests ?? 0,
    failed: json.numFailedTests ?? 0,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
  // A crash outside any test (a failing global setup) still fails the run.
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  return tally;
}

async function playwright(): Promise<Tally> {
  if (!ensureChromium()) return { passed: 0, failed: 1, skipped: 0 };
  const report = path.join(os.tmpdir(), `portal-playwright-${process.pid}.json`);
  const code = await run(process.execPath, [bin("playwright"), "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  const json = JSON.parse(await fs.readFile(report, "utf8").catch(() => "{}")) as {
    stats?: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  await fs.rm(report, { force: true });
  const stats = json.stats ?? { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
  const tally = { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  return tally;
}

async function main() {
  const started = performance.now();
  // Route types (PageProps, …) come from Next's type generation, which a fresh clone has not run yet.
  await stage("type check", async () => {
    const generated = await check(process.execPath, [bin("next"), "typegen"]);
    return generated.failed ? generated : check(process.execPath, [bin("tsc"), "--noEmit"]);
  });
  await stage("lint", () => check(process.execPath, [bin("eslint"), "--max-warnings", "0", "."]));
  // The format is checked, never written here: `npm run format` fixes what this reports.
  await stage("format", () => check(process.execPath, [bin("prettier"), "--check", "--log-level=warn", "."]));
  await stage("unit and integration tests", vitest);
  // As `npm run build`: Next's build, then the start-up scripts' compile hints (scripts/compile-hints.ts).
  await stage("production build", async () => {
    const built = await check(process.execPath, [bin("next"), "build"]);
    return built.failed ? built : check(process.execPath, [bin("tsx"), "scripts/compile-hints.ts"]);
  });
  const isBuilt = results.at(-1)!.tally.failed === 0;
  // The slow fault tests (scripts/faults: a database restart under load, two instances on one database)
  // run against this build on a throwaway cluster of their own.
  if (isBuilt) {
    await stage("fault tests", async () => {
      const code = await run(
        process.execPath,
        [bin("tsx"), "--conditions=react-server", "scripts/faults/run-faults.ts"],
        { NEXT_DIST_DIR: ".next" },
      );
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
    });
  }
  if (isBuilt) await stage("end-to-end tests", playwright);
  else
    results.push({
      stage: "end-to-end tests (not run: no build)",
      tally: { passed: 0, failed: 1, skipped: 0 },
      seconds: 0,
      tail: [],
    });

  const total = results.reduce(
    (sum, r) => ({
      passed: sum.passed + r.tally.passed,
      failed: sum.failed + r.tally.failed,
      skipped: sum.skipped + r.tally.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log("\n━━ summary");
  for (const r of results) {
    console.log(
      `  ${r.stage.padEnd(40)} ${String(r.tally.passed).padStart(4)} passed ${String(r.tally.failed).padStart(3)} failed  ${r.seconds.toFixed(0)} s`,
    );
  }
  console.log(`  total time ${((performance.now() - started) / 1000).toFixed(0)} s`);
  for (const result of results.filter((r) => r.tally.failed > 0 && r.tail.length)) {
    console.log(`\n━━ the last lines of ${result.stage}, which failed`);
    for (const line of result.tail) console.log(`  ${line}`);
  }
  const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : "";
  console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
  process.exit(total.failed === 0 ? 0 : 1);
}

void main();
