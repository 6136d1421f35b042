import "server-only";

import pg from "pg";

import { RELAY_BATCH, relayPendingEmails } from "@/lib/email/relay-pending-emails";
import { logger } from "@/lib/log/logger";

/**
 * Runs the relay of pending emails every `intervalMs` until stopped: each round adds the delivery jobs of
 * the messages left pending since the last (a full batch is followed by the next at once). Every worker runs
 * one; they share the rows without taking any twice. A failed round (the database away) is logged and the
 * next one tries again.
 */
export function startEmailRelay(databaseUrl: string, intervalMs: number): { stop: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  // A connection lost while idle (a database restart) is replaced at the next round.
  pool.on("error", (error) => logger.warn({ err: error }, "the email relay lost its database connection"));
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();

  const relay = async () => {
    try {
      while (!isStopped && (await relayPendingEmails(pool)) === RELAY_BATCH);
    } catch (error) {
      logger.warn({ err: error }, "could not relay pending emails; trying again");
    }
    if (!isStopped) timer = setTimeout(() => (round = relay()), intervalMs);
  };
  round = relay();

  let stopped: Promise<void> | undefined;
  return {
    stop: () => {
      stopped ??= (async () => {
        isStopped = true;
        clearTimeout(timer);
        await round;
        await pool.end();
      })();
      return stopped;
    },
  };
}
