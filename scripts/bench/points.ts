/**
 * `npm run bench:points [-- --purchases=100000 --duration=10 --connections=16 --members=2000 --port=3520]`: purchases posted for
 * points through POST /api/v1/loyalty/purchases (API key, rate limit, validation, the member's row lock, the
 * ledger entry, the balance) on a production server of its own (throwaway database), against POST
 * /api/bench/insert — a bare handler that reads the body and does one INSERT through the same pool — as
 * the baseline of the same run. Both as fast as they answer — 100,000 purchases (--purchases) and as many
 * bare INSERTs — then both for `duration` seconds at half the baseline's maximum.
 * Purchases are spread over the members and over enough API keys that the per-key limit is never reached.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";

import { cardNumberFromSerial } from "../../lib/loyalty/card-number";
import { apiKeyPost, createApiKeys } from "./support/api-keys";
import { numberFlag, printMachine, runMain, writeResults } from "./support/bench-run";
import { compareWithBaseline, startBenchServer, timing, type TLoad } from "./support/http-bench";
import { checkTarget } from "./support/targets";

const KEYS = 2_000;
/** Purchases at full speed against the bare INSERT route of the same run. */
const TARGET_RATIO = 0.7;
/** At half the baseline's maximum the rate counts as kept within this share of it. */
const KEPT_RATE_SHARE = 0.95;
// Categories the seeded rules earn points for, and one without a rule (posted, earns nothing).
const CATEGORIES = ["postal-services", "goods", "subscriptions", "no-rule"];
const FIRST_SERIAL = 5_000_000;

async function createMembers(databaseUrl: string, count: number): Promise<string[]> {
  const cards = Array.from({ length: count }, (_, i) => cardNumberFromSerial(FIRST_SERIAL + i));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Member" ("id", "email", "firstName", "lastName", "cardNumber", "status", "updatedAt")
       SELECT gen_random_uuid(), 'bench' || n || '@mail.example', 'Мария', 'Иванова', card, 'ACTIVE', now()
       FROM unnest($1::text[]) WITH ORDINALITY AS m(card, n)`,
      [cards],
    );
  } finally {
    await client.end();
  }
  return cards;
}

runMain(async () => {
  const { duration, warmup } = timing();
  const connections = numberFlag("connections", 16);
  const rateConnections = numberFlag("rate-connections", 10);
  const members = numberFlag("members", 2_000);
  const purchases = numberFlag("purchases", 100_000);
  const server = await startBenchServer({ port: numberFlag("port", 3520) });
  try {
    const keys = await createApiKeys(server.database.url, KEYS, ["loyalty:write"]);
    const cards = await createMembers(server.database.url, members);
    const run = randomUUID().slice(0, 8);
    const post = (path: string) =>
      apiKeyPost(keys, path, (i) =>
        JSON.stringify({
          externalId: `bench-${run}-${i}`,
          cardNumber: cards[(i * 7919) % cards.length],
          amountKopecks: 10_000 + ((i * 7919) % 500_000),
          category: CATEGORIES[i % CATEGORIES.length],
          purchasedAt: new Date().toISOString(),
        }),
      );
    // Each run numbers its requests from 0: a prefix per run keeps their externalIds new.
    let runNumber = 0;
    const fresh = (path: string) => {
      const prefix = ++runNumber * 10_000_000;
      const request = post(path);
      return (i: number) => request(prefix + i);
    };
    const baselineLoad = (): TLoad => ({
      name: "baseline: bare INSERT handler",
      url: server.url,
      request: fresh("/api/bench/insert"),
      connections,
      duration,
      amount: purchases,
    });
    const postingLoad = (): TLoad => ({
      name: "POST /api/v1/loyalty/purchases",
      url: server.url,
      request: fresh("/api/v1/loyalty/purchases"),
      connections,
      duration,
      amount: purchases,
    });

    printMachine();
    console.log(
      `${purchases} requests at full speed, runs at half the baseline of ${duration} s; ${warmup} s of warm-up each; ${members} members, ${KEYS} API keys`,
    );
    const {
      rate,
      baselineMax,
      targetMax: postingMax,
      baselineHalf,
      targetHalf: postingHalf,
    } = await compareWithBaseline({
      title: "Purchases posted for points — throughput and latency, × the baseline of the same run",
      baseline: baselineLoad,
      target: postingLoad,
      halfNames: { baseline: "baseline at ½ its max", target: "purchases at ½ baseline max" },
      warmup,
      rateConnections,
    });
    const ratio = postingMax.perSecond / baselineMax.perSecond;
    const failures = (run: typeof postingMax) =>
      Object.entries(run.statuses)
        .filter(([code]) => code !== "201")
        .reduce((sum, [, count]) => sum + count, run.errors + run.timeouts);
    console.log("");
    checkTarget(
      "purchases at full speed ≥ 0.7× the bare INSERT route",
      ratio >= TARGET_RATIO && failures(postingMax) === 0,
      `${postingMax.perSecond.toFixed(0)}/s against the baseline's ${baselineMax.perSecond.toFixed(0)}/s = ${ratio.toFixed(2)}×` +
        (failures(postingMax) ? `, ${failures(postingMax)} answers not 201` : ""),
    );
    checkTarget(
      "at half the baseline's rate the rate is kept (p99 reported)",
      postingHalf.perSecond >= rate * KEPT_RATE_SHARE && failures(postingHalf) === 0,
      `at ${rate}/s purchases achieve ${postingHalf.perSecond.toFixed(0)}/s with p99 ${postingHalf.p99.toFixed(1)} ms ` +
        `(the baseline: ${baselineHalf.perSecond.toFixed(0)}/s, p99 ${baselineHalf.p99.toFixed(1)} ms)` +
        (failures(postingHalf) ? `, ${failures(postingHalf)} answers not 201` : ""),
    );
    await writeResults("points", {
      purchases,
      duration,
      warmup,
      members,
      keys: KEYS,
      runs: { baselineMax, postingMax, baselineHalf, postingHalf },
    });
  } finally {
    await server.stop();
  }
});
