// A worker for integration tests: on the test database, polling often so that retries come within a test's
// wait, and leaving SIGINT/SIGTERM to the test runner.
import { inject } from "vitest";

import { startWorker, type TWorker, type TWorkerOptions } from "./worker";

/** Works only the given tasks (and schedules nothing unless `options` gives cron items) until stopped. */
export function startTestWorker(
  taskList: NonNullable<TWorkerOptions["taskList"]>,
  options: Partial<Omit<TWorkerOptions, "taskList">> = {},
): Promise<TWorker> {
  return startWorker({
    databaseUrl: inject("databaseUrl"),
    concurrency: 2,
    taskList,
    pollInterval: 200,
    handleSignals: false,
    ...options,
  });
}
