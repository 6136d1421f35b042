/**
 * `npm run bench:status [-- --duration=10 --connections=16 --cases=500 --port=3510]`: the public status page
 * (/status/<token>, server-rendered, compressed as a browser asks) on a production server of its own
 * (throwaway database), against GET /api/bench/select — one `SELECT 1` through the same pool — as the
 * baseline of the same run. The cases are filed through the API first; every request reads another one.
 */
import { apiKeyHeaders, createApiKeys } from "./support/api-keys";
import { numberFlag, printMachine, runMain, writeResults } from "./support/bench-run";
import { printTable, runLoad, startBenchServer, timing, warmUp, type TLoad } from "./support/http-bench";

const BROWSER_HEADERS = { Accept: "text/html", "Accept-Encoding": "gzip, deflate, br", "Accept-Language": "ru" };

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

runMain(async () => {
  const { duration, warmup } = timing();
  const connections = numberFlag("connections", 16);
  const cases = numberFlag("cases", 500);
  const server = await startBenchServer({ port: numberFlag("port", 3510) });
  try {
    const keys = await createApiKeys(server.database.url, Math.ceil(cases / 200), ["cases:write"]);
    const tokens = await fileCases(server.url, keys, cases);
    const sample = await fetch(`${server.url}/status/${tokens[0]}`);
    if (sample.status !== 200 || !(await sample.text()).includes("Ж-"))
      throw new Error(`the status page of a filed case answered ${sample.status} without the case number`);
    const baselineLoad: TLoad = {
      name: "baseline: SELECT 1 route",
      url: server.url,
      request: () => ({ path: "/api/bench/select", headers: BROWSER_HEADERS }),
      connections,
      duration,
    };
    const statusLoad: TLoad = {
      name: "GET /status/<token>",
      url: server.url,
      request: (i) => ({ path: `/status/${tokens[i % tokens.length]}`, headers: BROWSER_HEADERS }),
      connections,
      duration,
    };

    printMachine();
    console.log(`runs of ${duration} s after ${warmup} s of warm-up each; ${cases} cases`);
    await warmUp(baselineLoad, warmup);
    const baseline = await runLoad(baselineLoad);
    await warmUp(statusLoad, warmup);
    const status = await runLoad(statusLoad);
    printTable("The public status page — throughput and latency, × the baseline of the same run", [
      baseline,
      { ...status, baseline },
    ]);
    await writeResults("status", { duration, warmup, cases, runs: { baseline, status } });
  } finally {
    await server.stop();
  }
});
