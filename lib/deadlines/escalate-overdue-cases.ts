import "server-only";

import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import type { CasePriority, CaseStatus } from "@/lib/generated/prisma/enums";

import { formatMoscow } from "./deadline-windows";
import { consoleCaseUrl, DIGEST_TOP } from "./send-deadline-digest";
import { deadlineRecipients } from "./supervisors";

/** The escalation mark in a STATUS_CHANGED event's data: a case carries it at most once. */
export const ESCALATED_MARK = { escalated: true } as const;

// Any constant key: runs of the escalation take turns (see below).
const ESCALATION_LOCK = 4_274_801;

/**
 * Raises overdue cases to URGENT, once each: every running case past its deadline (not answered or closed,
 * not paused, not merged) that was never escalated gets the priority, an internal STATUS_CHANGED event
 * marked { escalated: true } and a place in one email to the supervisors for the whole run.
 *
 * Once, even with several workers: graphile-worker's cron already schedules each run once across instances
 * (a row per crontab identifier in `_private_known_crontabs`, claimed with an upsert on `last_execution`
 * before the job is added), and a manual or retried run is harmless too — runs take a transaction-scoped
 * advisory lock, so a second run waits for the first to commit and its query (a new snapshot under READ
 * COMMITTED) then sees the first run's marks and finds nothing left to do.
 */
export async function escalateOverdueCases(now: Date = new Date()): Promise<{ escalated: string[] }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ESCALATION_LOCK}::bigint)`;
    const overdue = await tx.$queryRaw<{ id: string; number: string; dueAt: Date; priority: CasePriority; status: CaseStatus }[]>`
      SELECT c."id", c."number", c."dueAt", c."priority", c."status"
      FROM "Case" c
      WHERE c."dueAt" < ${now}
        AND c."status" NOT IN ('ANSWERED', 'CLOSED')
        AND c."pausedAt" IS NULL
        AND c."mergedIntoId" IS NULL
        AND NOT EXISTS (
          SELECT 1 FROM "CaseEvent" e
          WHERE e."caseId" = c."id" AND e."kind" = 'STATUS_CHANGED' AND e."data" @> ${JSON.stringify(ESCALATED_MARK)}::jsonb
        )
      ORDER BY c."dueAt", c."number"
      FOR UPDATE OF c`;
    if (overdue.length === 0) return { escalated: [] };
    await tx.case.updateMany({ where: { id: { in: overdue.map((row) => row.id) } }, data: { priority: "URGENT" } });
    await tx.caseEvent.createMany({
      data: overdue.map((row) => ({
        caseId: row.id,
        kind: "STATUS_CHANGED" as const,
        isPublic: false,
        createdAt: now,
        data: {
          ...ESCALATED_MARK,
          reason: "OVERDUE",
          before: { status: row.status, priority: row.priority, dueAt: row.dueAt.toISOString() },
          after: { status: row.status, priority: "URGENT" },
        },
      })),
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
