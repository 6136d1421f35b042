/**
 * One Lighthouse run (mobile profile, simulated throttling) of one URL in Chromium, headless, launched by
 * chrome-launcher; prints the scores and main timings as one line of JSON:
 *   node scripts/bench/support/lighthouse-run.mjs <url>   (Chromium: CHROMIUM_PATH, default /usr/bin/chromium)
 * Plain JavaScript run by Node itself: Lighthouse sends functions' source into the page, and a TypeScript
 * loader's helpers (tsx adds __name) would not exist there.
 */
import fs from "node:fs/promises";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const url = process.argv[2];
if (!url) throw new Error("usage: lighthouse-run.mjs <url>");

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  // LIGHTHOUSE_REPORT_DIR keeps each run's full report, to read where the main thread's time went.
  if (process.env.LIGHTHOUSE_REPORT_DIR) {
    const file = path.join(process.env.LIGHTHOUSE_REPORT_DIR, `lighthouse-${Date.now()}.json`);
    await fs.writeFile(file, typeof result.report === "string" ? result.report : JSON.stringify(result.lhr));
  }
  const { categories, audits, runtimeError } = result.lhr;
  // A run Lighthouse could not finish (the page never painted in time, the browser went away) has no scores.
  if (runtimeError) {
    console.log(JSON.stringify({ error: `${runtimeError.code}: ${runtimeError.message}` }));
  } else {
    const failedA11y = categories.accessibility.auditRefs
      .filter((ref) => ref.weight > 0 && audits[ref.id] && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map((ref) => `${ref.id}: ${audits[ref.id].title}`);
    const numeric = (id) => audits[id]?.numericValue ?? null;
    // All of the main thread's work by kind (times 4, the simulated phone's slowdown): it grows with a busy
    // host in proportion, where the blocking time, which counts only what passes 50 ms per task, jumps.
    const breakdown = Object.fromEntries(
      (audits["mainthread-work-breakdown"]?.details?.items ?? []).map((item) => [item.group, item.duration]),
    );
    console.log(
      JSON.stringify({
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        fcpMs: numeric("first-contentful-paint"),
        lcpMs: numeric("largest-contentful-paint"),
        tbtMs: numeric("total-blocking-time"),
        cls: numeric("cumulative-layout-shift"),
        speedIndexMs: numeric("speed-index"),
        mainThreadMs: numeric("mainthread-work-breakdown"),
        bootupMs: numeric("bootup-time"),
        scriptEvaluationMs: breakdown.scriptEvaluation ?? null,
        longTasks: audits["long-tasks"]?.details?.items?.length ?? null,
        failedA11y,
        runWarnings: result.lhr.runWarnings,
      }),
    );
  }
} finally {
  chrome.kill();
}
