/**
 * `npm run bench [-- --duration=10 --only=complaints,status]`: every benchmark, one after another, each on its
 * own server and throwaway database. Flags are passed on to each (a flag one does not know it ignores).
 * At the end, every target the benchmarks checked, MET or NOT MET, with the load average each ran at.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { root } from "./support/bench-run";
import type { TTarget } from "./support/targets";

const BENCHES = ["complaints", "status", "points", "email", "inbox", "reports", "offices", "pages"];
/** Those that take positional arguments, not flags. */
const POSITIONAL = new Set(["inbox", "reports", "offices"]);

const args = process.argv.slice(2);
const only = args
  .find((arg) => arg.startsWith("--only="))
  ?.slice(7)
  .split(",");
const passed = args.filter((arg) => !arg.startsWith("--only="));
const failed: string[] = [];
const summary: { bench: string; load: string; targets: TTarget[] }[] = [];
for (const name of BENCHES.filter((bench) => !only || only.includes(bench))) {
  console.log(`\n=== npm run bench:${name} ${passed.join(" ")}`);
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
  const started = Date.now();
  const own = POSITIONAL.has(name) ? [] : passed;
  const result = spawnSync("npm", ["run", "--silent", `bench:${name}`, "--", ...own], { stdio: "inherit" });
  if (result.status !== 0) failed.push(name);
  summary.push({ bench: name, load, targets: targetsWrittenSince(name, started) });
}

console.log("\n━━ targets");
for (const { bench, load, targets } of summary) {
  if (!targets.length) console.log(`  bench:${bench.padEnd(11)} (no target checked)  load average at start ${load}`);
  for (const target of targets)
    console.log(`  bench:${bench.padEnd(11)} ${target.isMet ? "MET    " : "NOT MET"} ${target.name}: ${target.detail}`);
}
const missed = summary.flatMap(({ targets }) => targets).filter((target) => !target.isMet).length;
console.log(`${missed ? `${missed} target(s) NOT MET` : "every target MET"}`);
if (failed.length) {
  console.error(`\nfailed: ${failed.join(", ")}`);
  process.exitCode = 1;
}

/** The targets in bench-results/<name>.json, if this run wrote it. */
function targetsWrittenSince(name: string, started: number): TTarget[] {
  const file = path.join(root, "bench-results", `${name}.json`);
  try {
    if (fs.statSync(file).mtimeMs < started) return [];
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { targets?: TTarget[] }).targets ?? [];
  } catch {
    return [];
  }
}
