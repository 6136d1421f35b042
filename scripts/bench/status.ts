/**
 * `npm run bench:status [-- --duration=10 --connections=16 --rate-connections=10 --cases=500 --port=3510]`:
 * the public status page (/status/<token>, server-rendered, compressed as a browser asks) on a production
 * server of its own (throwaway database), beside two baselines of the same run: GET /api/bench/select — one
 * `SELECT 1` through the same pool — and /bench/layout-floor, a page in the same root layout (header, footer,
 * the texts handed to client components) that reads that one row: the cost of the framework and the layout
 * alone. Each as fast as it answers, then each at half the `SELECT 1` route's maximum. The cases are filed
 * through the API first; every request reads another one. Beside the rates, the server's CPU time per request
 * in the runs at full speed: it leaves out the time the server waited for a core on a machine busy with other
 * work (though such a machine still inflates it: caches and cores are shared).
 */
import { apiKeyHeaders, createApiKeys } from "./support/api-keys";
import { numberFlag, printMachine, runMain, writeResults } from "./support/bench-run";
import { printTable, runLoad, startBenchServer, timing, warmUp, type TLoad } from "./support/http-bench";
import { withProcessCpu } from "./support/process-cpu";
import { checkTarget } from "./support/targets";

const BROWSER_HEADERS = { Accept: "text/html", "Accept-Encoding": "gzip, deflate, br", "Accept-Language": "ru" };
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 100;

async function fileCases(url: string, keys: string[], count: number): Promise<string[]> {
  const tokens: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < count; i = next++) {
        const response = await fetch(`${url}/api/v1/complaints`, {
          method: "POST",
          headers: apiKeyHeaders(keys, i),
          body: JSON.stringify({
            lastName: "Смирнова",
            firstName: "Мария",
            email: `applicant${i}@mail.example`,
            topic: "queue",
            officePostcode: "101000",
            text: `В отделении работало одно окно из четырёх. Обращение ${i}.`,
            consent: true,
          }),
        });
        if (response.status !== 201)
          throw new Error(`filing a case answered ${response.status}: ${await response.text()}`);
        tokens.push((await response.json()).statusToken);
      }
    }),
  );
  return tokens;
}

/** What a page weighs as HTML (uncompressed) and how much of it is the RSC payload inlined for hydration. */
async function pageWeight(url: string, marker: string): Promise<{ htmlBytes: number; flightBytes: number }> {
  const response = await fetch(url, { headers: { Accept: "text/html", "Accept-Language": "ru" } });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(marker))
    throw new Error(`${url} answered ${response.status} without «${marker}»`);
  const flight = html.match(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g) ?? [];
  return {
    htmlBytes: Buffer.byteLength(html),
    flightBytes: flight.reduce((sum, script) => sum + Buffer.byteLength(script), 0),
  };
}

const allAnswered = (run: { statuses: Record<string, number>; errors: number; timeouts: number }) =>
  Object.keys(run.statuses).every((code) => code === "200") && !run.errors && !run.timeouts;

runMain(async () => {
  const { duration, warmup } = timing();
  const connections = numberFlag("connections", 16);
  const rateConnections = numberFlag("rate-connections", 10);
  const cases = numberFlag("cases", 500);
  const server = await startBenchServer({ port: numberFlag("port", 3510) });
  try {
    const keys = await createApiKeys(server.database.url, Math.ceil(cases / 200), ["cases:write"]);
    const tokens = await fileCases(server.url, keys, cases);
    const weights = {
      layoutFloor: await pageWeight(`${server.url}/bench/layout-floor`, 'data-testid="layout-floor"'),
      status: await pageWeight(`${server.url}/status/${tokens[0]}`, "Ж-"),
    };
    const load = (name: string, path: (i: number) => string): TLoad => ({
      name,
      url: server.url,
      request: (i) => ({ path: path(i), headers: BROWSER_HEADERS }),
      connections,
      duration,
    });
    const loads = [
      load("baseline: SELECT 1 route", () => "/api/bench/select"),
      load("floor: layout page, SELECT 1", () => "/bench/layout-floor"),
      load("GET /status/<token>", (i) => `/status/${tokens[i % tokens.length]}`),
    ];

    printMachine();
    console.log(`runs of ${duration} s after ${warmup} s of warm-up each; ${cases} cases`);
    for (const [name, weight] of Object.entries(weights))
      console.log(`${name}: HTML ${weight.htmlBytes} bytes, of which RSC payload scripts ${weight.flightBytes}`);
    const max = [];
    const cpuPerRequest: (number | null)[] = [];
    for (const each of loads) {
      await warmUp(each, warmup);
      const { result, cpuMs } = await withProcessCpu(server.pid, () => runLoad(each));
      max.push(result);
      cpuPerRequest.push(cpuMs === null || !result.requests ? null : cpuMs / result.requests);
    }
    const [baselineMax, floorMax, statusMax] = max;
    const [baselineCpu, floorCpu, statusCpu] = cpuPerRequest;
    const rate = Math.max(1, Math.floor(baselineMax.perSecond / 2));
    const half = [];
    for (const each of loads)
      half.push(
        await runLoad({
          ...each,
          name: `${each.name} at ½ baseline max`,
          connections: rateConnections,
          overallRate: rate,
        }),
      );
    const [baselineHalf, floorHalf, statusHalf] = half;
    printTable("The public status page — throughput and latency, × the SELECT 1 route of the same run", [
      baselineMax,
      { ...floorMax, baseline: baselineMax },
      { ...statusMax, baseline: baselineMax },
      baselineHalf,
      { ...floorHalf, baseline: baselineHalf },
      { ...statusHalf, baseline: baselineHalf },
    ]);
    printTable("The same runs × the layout floor", [
      floorMax,
      { ...statusMax, baseline: floorMax },
      floorHalf,
      { ...statusHalf, baseline: floorHalf },
    ]);
    if (baselineCpu !== null && floorCpu !== null && statusCpu !== null) {
      console.log("\nThe server's CPU time per request at full speed (without the time it waited for a core):");
      for (const [name, ms] of [
        ["SELECT 1 route", baselineCpu],
        ["layout floor", floorCpu],
        ["status page", statusCpu],
      ] as const)
        console.log(
          `  ${name}: ${ms.toFixed(2)} ms, ${(baselineCpu / ms).toFixed(2)}× the route's rate were that CPU all it took`,
        );
    }
    console.log("");
    const ratio = statusMax.perSecond / baselineMax.perSecond;
    checkTarget(
      "status page at full speed, ≥ 0.5× the SELECT 1 route",
      ratio >= TARGET_RATIO && allAnswered(statusMax),
      `${statusMax.perSecond.toFixed(0)}/s = ${ratio.toFixed(2)}× the route's ${baselineMax.perSecond.toFixed(0)}/s ` +
        `(the layout floor ${floorMax.perSecond.toFixed(0)}/s = ${(floorMax.perSecond / baselineMax.perSecond).toFixed(2)}×; ` +
        `the page ${(statusMax.perSecond / floorMax.perSecond).toFixed(2)}× its floor)`,
    );
    checkTarget(
      "status page at half the SELECT 1 route's max, p99 ≤ 100 ms",
      statusHalf.p99 <= TARGET_P99_MS && statusHalf.perSecond >= rate * 0.95 && allAnswered(statusHalf),
      `at ${rate}/s the page achieves ${statusHalf.perSecond.toFixed(0)}/s with p99 ${statusHalf.p99.toFixed(1)} ms ` +
        `(the layout floor p99 ${floorHalf.p99.toFixed(1)} ms, the route ${baselineHalf.p99.toFixed(1)} ms)`,
    );
    await writeResults("status", {
      duration,
      warmup,
      cases,
      rate,
      weights,
      runs: { baseline: baselineMax, layoutFloor: floorMax, status: statusMax, baselineHalf, floorHalf, statusHalf },
      cpuMsPerRequest: { baseline: baselineCpu, layoutFloor: floorCpu, status: statusCpu },
    });
  } finally {
    await server.stop();
  }
});
