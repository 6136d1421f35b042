import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import { parseCronItems, type WorkerEvents } from "graphile-worker";
import { afterAll, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { startTestWorker } from "@/lib/jobs/test-support";
import type { TWorker } from "@/lib/jobs/worker";

// What the deadline jobs rely on: two worker processes sharing the database schedule each run of a cron item
// once. Played with graphile-worker's backfill, which schedules the missed minutes of an item at start-up —
// both workers try to, at the same moment.
const run = randomBytes(3).toString("hex");
const identifier = `cron-once-${run}`;
// No worker knows this task, so its jobs stay queued to be counted.
const probeTask = `cron-probe-${run}`;
const workers: TWorker[] = [];

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await db.$executeRaw`DELETE FROM graphile_worker._private_jobs
    WHERE task_id IN (SELECT id FROM graphile_worker._private_tasks WHERE identifier = ${probeTask})`;
});

async function scheduledRuns(): Promise<string[]> {
  const rows = await db.$queryRaw<{ ts: string }[]>`
    SELECT job.payload->'_cron'->>'ts' AS ts
    FROM graphile_worker._private_jobs job JOIN graphile_worker._private_tasks task ON task.id = job.task_id
    WHERE task.identifier = ${probeTask}`;
  return rows.map((row) => row.ts);
}

describe("recurring jobs with two workers", () => {
  it("are scheduled once per run", async () => {
    // Known for an hour and never run: each of the last ten minutes is due for backfill.
    await db.$executeRaw`INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since)
      VALUES (${identifier}, now() - interval '1 hour')`;
    const cronItems = parseCronItems([
      { task: probeTask, match: "* * * * *", identifier, options: { backfillPeriod: 10 * 60_000 } },
    ]);
    // Each worker says "cron:started" once its backfill has scheduled what it was going to.
    const events: WorkerEvents = new EventEmitter();
    let backfilled = 0;
    events.on("cron:started", () => (backfilled += 1));
    const started = await Promise.all(
      [1, 2].map(() => startTestWorker({ "cron-noop": async () => {} }, { concurrency: 1, cronItems, events })),
    );
    workers.push(...started);

    await vi.waitFor(() => expect(backfilled, "both workers have backfilled").toBe(2), {
      timeout: 15_000,
      interval: 100,
    });
    const runs = await scheduledRuns();
    expect(runs.length).toBeGreaterThanOrEqual(10);
    expect(new Set(runs).size).toBe(runs.length);
  });
});
