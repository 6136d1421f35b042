import { Logger, type LogLevel } from "graphile-worker";

import { logger } from "../log/logger";

const jobsLogger = logger.child({ component: "jobs" });

const LEVELS: Record<LogLevel, "error" | "warn" | "info" | "debug"> = {
  error: "error",
  warning: "warn",
  info: "info",
  debug: "debug",
};

/** graphile-worker's messages in our pino logs, with its scope (worker, task, job id) as fields. */
export const graphileLogger = new Logger((scope) => (level, message) => {
  jobsLogger[LEVELS[level]]({ workerId: scope.workerId, task: scope.taskIdentifier, jobId: scope.jobId }, message);
});
