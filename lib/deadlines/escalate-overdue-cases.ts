import "server-only";

import { clockSql } from "@/lib/cases/lifecycle/clock-where";
import { caseEventRow } from "@/lib/cases/lifecycle/events";
import type { TActor } from "@/lib/cases/lifecycle/statuses";
import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CasePriority } from "@/lib/generated/prisma/enums";

import { formatMoscow } from "./deadline-windows";
import { consoleCaseUrl, DIGEST_TOP } from "./send-deadline-digest";
import { deadlineRecipients } from "./supervisors";

/** What marks a case as escalated: its PRIORITY_CHANGED event for the reason OVERDUE. A case carries it at most once. */
const ESCALATED_MARK = JSON.stringify({ reason: "OVERDUE" });
const ESCALATION: TActor = { kind: "system", job: "escalate-overdue" };

// Any constant key: runs of the escalation take turns (see below).
const ESCALATION_LOCK = 4_274_801;

/**
 * Raises overdue cases to URGENT, once each: every case the lifecycle's clock calls overdue (open, not
 * paused, not merged, past its deadline) that was never escalated gets the priority, an internal
 * PRIORITY_CHANGED event for the reason OVERDUE and a place in one email to the supervisors for the whole run.
 *
 * Once, even with several workers: graphile-worker's cron already schedules each run once across instances
 * (a row per crontab identifier in `_private_known_crontabs`, claimed with an upsert on `last_execution`
 * before the job is added), and a manual or retried run is harmless too — runs take a transaction-scoped
 * advisory lock, so a second run waits for the first to commit and its query (a new snapshot under READ
 * COMMITTED) then sees the first run's events and finds nothing left to do.
 */
export async function escalateOverdueCases(now: Date = new Date()): Promise<{ escalated: string[] }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ESCALATION_LOCK}::bigint)`;
    const overdue = await tx.$queryRaw<
      { id: string; number: string; dueAt: Date; priority: CasePriority }[]
    >(Prisma.sql`
      SELECT c."id", c."number", c."dueAt", c."priority"
      FROM "Case" c
      WHERE ${clockSql.overdue(now)}
        AND NOT EXISTS (
          SELECT 1 FROM "CaseEvent" e
          WHERE e."caseId" = c."id" AND e."kind" = 'PRIORITY_CHANGED' AND e."data" @> ${ESCALATED_MARK}::jsonb
        )
      ORDER BY c."dueAt", c."number"
      FOR UPDATE OF c`);
    if (overdue.length === 0) return { escalated: [] };
    await tx.case.updateMany({ where: { id: { in: overdue.map((row) => row.id) } }, data: { priority: "URGENT" } });
    await tx.caseEvent.createMany({
      data: overdue.map((row) =>
        caseEventRow(
          row.id,
          {
            kind: "PRIORITY_CHANGED",
            from: row.priority,
            to: "URGENT",
            reason: "OVERDUE",
            before: { priority: row.priority, dueAt: row.dueAt },
            after: { priority: "URGENT" },
          },
          ESCALATION,
          now,
        ),
      ),
    });
    const cases = overdue.slice(0, DIGEST_TOP * 5).map((row) => ({
      number: row.number,
      dueDate: formatMoscow(row.dueAt, true),
      url: consoleCaseUrl(row.number),
    }));
    for (const { email } of await deadlineRecipients(tx)) {
      await enqueueEmail(tx, {
        template: "cases-escalated",
        to: email,
        locale: "ru",
        data: { cases, total: overdue.length, consoleUrl: `${appUrl()}/console/cases` },
      });
    }
    return { escalated: overdue.map((row) => row.number) };
  });
}
