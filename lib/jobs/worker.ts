import "server-only";

import { run, type ParsedCronItem, type TaskList, type WorkerEvents } from "graphile-worker";

import { DELIVER_EMAIL_TASK } from "@/lib/email/delivery-job";
import { logger } from "@/lib/log/logger";

import { createCronItems } from "./cron-items";
import { startEmailRelay } from "./email-relay";
import { graphileLogger } from "./graphile-logger";
import { createTaskList } from "./task-list";

export type TWorker = {
  /** Stops taking jobs, waits for the running ones, then releases the connections. */
  stop: () => Promise<void>;
  /** Settles when the worker has stopped. */
  promise: Promise<void>;
};

export type TWorkerOptions = {
  databaseUrl: string;
  concurrency: number;
  taskList?: TaskList;
  /** Recurring jobs to schedule; by default the deadline jobs, with the full task list only (see below). */
  cronItems?: ParsedCronItem[];
  /** How often to look for jobs that are due (retries); new jobs arrive at once through LISTEN/NOTIFY. */
  pollInterval?: number;
  /** How often the relay adds the delivery jobs of pending emails (see startEmailRelay). */
  relayInterval?: number;
  /** graphile-worker's own SIGTERM/SIGINT handling: finish running jobs before the process exits. */
  handleSignals?: boolean;
  /** Where graphile-worker tells what it did (e.g. "cron:started" once the missed runs are scheduled). */
  events?: WorkerEvents;
};

/**
 * Works background jobs until stopped. Any number of workers — in every app instance and in
 * `npm run worker` processes — may share one database: graphile-worker hands each job to one of them.
 */
export async function startWorker({
  databaseUrl,
  concurrency,
  taskList,
  cronItems,
  pollInterval = 2_000,
  relayInterval = 500,
  handleSignals = true,
  events,
}: TWorkerOptions): Promise<TWorker> {
  const tasks = taskList ?? createTaskList();
  const runner = await run({
    connectionString: databaseUrl,
    concurrency,
    // One connection per running job, one to listen for new jobs, one spare.
    maxPoolSize: concurrency + 2,
    taskList: tasks,
    // Given (not read from a `crontab` file in the working folder). A worker started with a task list of its
    // own (tests) schedules nothing unless asked, so it never adds jobs no worker of that list can run.
    // Every instance may schedule: graphile-worker claims each run of a cron item once across instances
    // (an upsert on `_private_known_crontabs.last_execution`), so two workers add each job once.
    parsedCronItems: cronItems ?? (taskList ? [] : createCronItems()),
    pollInterval,
    logger: graphileLogger,
    noHandleSignals: !handleSignals,
    events,
  });
  // A worker that delivers email also relays the messages whose jobs their writers left to it.
  const relay = DELIVER_EMAIL_TASK in tasks ? startEmailRelay(databaseUrl, relayInterval) : null;
  const promise = runner.promise
    .catch((error: unknown) => {
      logger.error({ err: error }, "the job worker stopped with an error");
    })
    .finally(async () => {
      await relay?.stop();
      closeTasks(tasks);
    });
  return {
    stop: async () => {
      await relay?.stop();
      await runner.stop();
      closeTasks(tasks);
    },
    promise,
  };
}

/** Releases what tasks hold open between jobs (the delivery task's SMTP connections), once no job runs. */
function closeTasks(tasks: TaskList) {
  for (const task of Object.values(tasks)) {
    if (task && "close" in task && typeof task.close === "function") task.close();
  }
}
