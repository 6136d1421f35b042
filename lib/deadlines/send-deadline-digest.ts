import "server-only";

import { dueBetweenWhere, dueTodayWhere, overdueWhere } from "@/lib/cases/lifecycle/clock-where";
import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import type { TDeadlineCase } from "@/lib/email/templates/deadline-digest";
import type { Prisma } from "@/lib/generated/prisma/client";

import { deadlineWindows, formatMoscow } from "./deadline-windows";
import { deadlineRecipients } from "./supervisors";

/** Cases listed per group; the counts tell the rest. */
export const DIGEST_TOP = 10;

export function consoleCaseUrl(number: string): string {
  return `${appUrl()}/console/cases/${encodeURIComponent(number)}`;
}

async function group(
  tx: Prisma.TransactionClient,
  where: Prisma.CaseWhereInput,
): Promise<{ count: number; top: TDeadlineCase[] }> {
  const [count, rows] = await Promise.all([
    tx.case.count({ where }),
    tx.case.findMany({
      where,
      select: { number: true, dueAt: true },
      orderBy: [{ dueAt: "asc" }, { number: "asc" }],
      take: DIGEST_TOP,
    }),
  ]);
  // Every group's condition asks for a deadline, so dueAt is set here.
  return {
    count,
    top: rows.map((row) => ({
      number: row.number,
      dueDate: formatMoscow(row.dueAt!, true),
      url: consoleCaseUrl(row.number),
    })),
  };
}

/**
 * The morning digest: to every supervisor and admin, how many cases are overdue, due today and due within
 * the next three days by the lifecycle's clock (the inbox's due filters), with the most urgent of each.
 * Nothing is sent on a day with nothing to report.
 */
export async function sendDeadlineDigest(
  now: Date = new Date(),
): Promise<{ recipients: number; counts: { overdue: number; dueToday: number; dueSoon: number } }> {
  const { endOfToday, endOfSoon } = deadlineWindows(now);
  return db.$transaction(async (tx) => {
    const overdue = await group(tx, overdueWhere(now));
    const dueToday = await group(tx, dueTodayWhere(now, endOfToday));
    const dueSoon = await group(tx, dueBetweenWhere(endOfToday, endOfSoon));
    const counts = { overdue: overdue.count, dueToday: dueToday.count, dueSoon: dueSoon.count };
    if (counts.overdue + counts.dueToday + counts.dueSoon === 0) return { recipients: 0, counts };
    const recipients = await deadlineRecipients(tx);
    for (const { email } of recipients) {
      await enqueueEmail(tx, {
        template: "deadline-digest",
        to: email,
        locale: "ru",
        data: {
          date: formatMoscow(now, false),
          counts,
          overdue: overdue.top,
          dueToday: dueToday.top,
          dueSoon: dueSoon.top,
          consoleUrl: `${appUrl()}/console/cases`,
        },
      });
    }
    return { recipients: recipients.length, counts };
  });
}
