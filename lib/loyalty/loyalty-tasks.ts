import "server-only";

import { parseCronItems, type ParsedCronItem, type Task } from "graphile-worker";

import * as z from "@/lib/validation/z";

import { expirePoints } from "./expire-points";
import { failPurchaseImport, PURCHASE_IMPORT_TASK, runPurchaseImport } from "./purchase-import";

export const EXPIRE_POINTS_TASK = "expire-points";

const ZImportPayload = z.object({ importId: z.uuid(), content: z.string() });

/**
 * Points lapse once a day at 00:30 UTC (03:30 in Moscow), a quiet hour for the tills. A run missed while no
 * worker was up is made up within a day; running twice expires nothing more (see expirePoints).
 */
export function loyaltyCronItems(): ParsedCronItem[] {
  return parseCronItems([
    {
      task: EXPIRE_POINTS_TASK,
      match: "30 0 * * *",
      options: { backfillPeriod: 24 * 60 * 60 * 1000, maxAttempts: 5 },
    },
  ]);
}

export function createLoyaltyTasks(): Record<string, Task> {
  return {
    [EXPIRE_POINTS_TASK]: async (_payload, helpers) => {
      const { members, points } = await expirePoints(new Date());
      helpers.logger.info(`points expired: ${points} of ${members} members`);
    },
    [PURCHASE_IMPORT_TASK]: async (payload, helpers) => {
      const { importId, content } = ZImportPayload.parse(payload);
      try {
        await runPurchaseImport(importId, content);
      } catch (error) {
        if (helpers.job.attempts >= helpers.job.max_attempts) await failPurchaseImport(importId);
        throw error;
      }
    },
  };
}
