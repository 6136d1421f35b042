import { execFile } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { root } from "./bench-run";

export type TLighthouse = {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The main thread's work, its scripts' share and the tasks over 50 ms (support/lighthouse-run.mjs). */
  mainThreadMs: number;
  bootupMs: number;
  longTasks: number;
  failedA11y: string[];
  runWarnings: string[];
};

/** One run as listed: its scores and the host's 1-minute load average as it started, or why it did not finish. */
export type TLighthouseRun = ({ performance: number; tbtMs: number; mainThreadMs: number } | { error: string }) & {
  load: number;
};

export type TLighthouseMedian = TLighthouse & { runs: TLighthouseRun[] };

const run = promisify(execFile);

/**
 * N finished Lighthouse runs of a page (mobile profile, support/lighthouse-run.mjs in `chromium`): the run
 * with the median performance score, and every run in order with the load average it started at.
 */
export async function lighthouseOf(
  url: string,
  runs: number,
  chromium: string,
): Promise<TLighthouseMedian | { error: string; runs: TLighthouseRun[] }> {
  const results: ((TLighthouse | { error: string }) & { load: number })[] = [];
  // Lighthouse itself asks to be run again when it could not record a page load (NO_NAVSTART, NO_FCP): such a
  // run is listed and another one made, up to two more than asked for.
  for (
    let attempt = 0;
    results.filter((result) => !("error" in result)).length < runs && attempt < runs + 2;
    attempt++
  ) {
    const load = Number(os.loadavg()[0].toFixed(2));
    const { stdout } = await run(
      process.execPath,
      [path.join(root, "scripts", "bench", "support", "lighthouse-run.mjs"), url],
      { cwd: root, env: { ...process.env, CHROMIUM_PATH: chromium }, maxBuffer: 16 * 1024 * 1024 },
    );
    results.push({ ...JSON.parse(stdout.trim().split("\n").at(-1)!), load });
  }
  const runsInOrder = results.map((result): TLighthouseRun =>
    "error" in result
      ? { error: result.error, load: result.load }
      : {
          performance: result.performance,
          tbtMs: Math.round(result.tbtMs),
          mainThreadMs: Math.round(result.mainThreadMs),
          load: result.load,
        },
  );
  const finished = results
    .filter((result): result is TLighthouse & { load: number } => !("error" in result))
    .sort((a, b) => a.performance - b.performance);
  if (finished.length === 0) return { error: "no Lighthouse run finished", runs: runsInOrder };
  return { ...finished[Math.floor(finished.length / 2)], runs: runsInOrder };
}
