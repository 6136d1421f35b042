import type { Browser } from "@playwright/test";

/**
 * What a page costs the browser's main thread as it starts, measured so that a busy host matters less than
 * in Lighthouse's blocking time: each top-level task's thread time (`tdur` in Chromium's trace, the CPU time
 * the thread really ran, not the time it waited for a core), summed from the navigation until the network is
 * idle, with its wall time beside it. And what the page asks React to hydrate: the client components its
 * server payload refers to (the `I` rows of the React Server Components payload), and that payload's size.
 */
export type TPageStartup = {
  /** Main-thread CPU time of every task, ms (median over the loads). */
  cpuMs: number;
  /** The same tasks' wall time, ms (median): grows with the host's load where cpuMs should not. */
  wallMs: number;
  /** Tasks over 50 ms of CPU (median). */
  longTasks: number;
  /** Client component modules the server payload refers to. */
  clientReferences: number;
  /** The server payload inlined in the HTML, KB (as text, before compression). */
  payloadKilobytes: number;
};

type TTraceEvent = { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: unknown };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The main thread's tasks of one load of `url` in a fresh context. */
async function oneLoad(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"],
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TTraceEvent[] };
  const html = (await response?.text()) ?? "";
  await context.close();

  // The payload comes in the HTML as scripts of `self.__next_f.push([1,"<rows>"])`.
  const payload = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)]
    .map((match) => JSON.parse(match[1]) as unknown[])
    .map((chunk) => (typeof chunk[1] === "string" ? chunk[1] : ""))
    .join("");
  // The renderer the page ran in (a blank one came before it): the main thread that evaluated its scripts.
  const evaluated = trace.traceEvents.find((event) => event.name === "EvaluateScript");
  const tasks = trace.traceEvents.filter(
    (event) =>
      event.ph === "X" && event.name === "RunTask" && event.pid === evaluated?.pid && event.tid === evaluated?.tid,
  );
  return {
    cpuMs: tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0) / 1000,
    wallMs: tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000,
    longTasks: tasks.filter((task) => (task.tdur ?? 0) > 50_000).length,
    clientReferences: payload.match(/(^|\n)[0-9a-f]+:I\[/g)?.length ?? 0,
    payloadKilobytes: Buffer.byteLength(payload) / 1024,
  };
}

/** `loads` loads of a page (after one that warms the server's caches): the median of each figure. */
export async function pageStartupOf(browser: Browser, url: string, loads: number): Promise<TPageStartup> {
  await oneLoad(browser, url);
  const measured = [];
  for (let index = 0; index < loads; index++) measured.push(await oneLoad(browser, url));
  return {
    cpuMs: median(measured.map((m) => m.cpuMs)),
    wallMs: median(measured.map((m) => m.wallMs)),
    longTasks: median(measured.map((m) => m.longTasks)),
    clientReferences: measured[0].clientReferences,
    payloadKilobytes: measured[0].payloadKilobytes,
  };
}
