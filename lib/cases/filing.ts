import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { discardUploads, saveUploads, type TInspectedFile, type TStoredUpload } from "@/lib/attachments";
import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { mailboxKey } from "@/lib/email/mailbox-key";
import type { TLocale } from "@/lib/i18n/locales";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

import type { TCaseOffice } from "./create-case";

/** How a filing arrived, for limits, idempotency and files. */
export type TFilingContext = {
  channel: "WEB" | "API";
  locale: TLocale;
  /** The client's address; web filings are limited per address. */
  ip?: string;
  idempotencyKey?: string;
  files?: TInspectedFile[];
};

/** What the filer is told: the number, the status link (absent when a retry found the case already filed). */
export type TFiledCase = {
  caseNumber: string;
  statusToken: string | null;
  dueAt: Date;
  /** A claim that joined the open case of its tracking number. */
  isJoined: boolean;
  /** False when the idempotency key named a case filed before. */
  isNew: boolean;
};

const PER_ADDRESS = { limit: 20, windowSeconds: 3600 };
const PER_MAILBOX = { limit: 10, windowSeconds: 3600 };

/** Web filings are limited per client address and per mailbox (every spelling of it alike), on every instance alike. */
export async function limitFiling(ctx: TFilingContext, email: string | undefined): Promise<void> {
  if (ctx.channel !== "WEB") return;
  const checks = [
    ctx.ip ? consumeRateLimit(`file:ip:${ctx.ip}`, PER_ADDRESS) : null,
    email ? consumeRateLimit(`file:mailbox:${mailboxKey(email)}`, PER_MAILBOX) : null,
  ];
  for (const result of await Promise.all(checks)) {
    if (result && !result.isAllowed) {
      throw new ActionError("RATE_LIMITED", "actions.rateLimited", { minutes: Math.ceil(result.retryAfterSeconds / 60) });
    }
  }
}

/** The filing a retried submission (same idempotency key) already made. */
export async function findReplay(idempotencyKey: string | undefined): Promise<TFiledCase | null> {
  if (!idempotencyKey) return null;
  const found = await db.caseApplicant.findUnique({
    where: { idempotencyKey },
    select: { isPrimary: true, case: { select: { number: true, dueAt: true } } },
  });
  if (!found) return null;
  return { caseNumber: found.case.number, statusToken: null, dueAt: found.case.dueAt, isJoined: !found.isPrimary, isNew: false };
}

/** Whether an error is the unique index on the idempotency key (two identical submissions racing). */
export function isIdempotencyConflict(error: unknown): boolean {
  return isUniqueViolation(error, /idempotencyKey/);
}

/**
 * Stores the files, then runs the database work that records them; if that work fails the files are
 * removed again, so storage never keeps a file no case knows.
 */
export async function withStoredFiles<T>(
  files: TInspectedFile[] | undefined,
  work: (stored: TStoredUpload[]) => Promise<T>,
): Promise<T> {
  const stored = files?.length ? await saveUploads(files) : [];
  try {
    return await work(stored);
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
}

/**
 * The active topic of `code` and the office of `postcode`, each null when there is none: what a complaint
 * is filed under, looked up in one round trip.
 */
export async function findTopicAndOffice(
  code: string,
  postcode: string | undefined,
): Promise<{ topicId: string | null; office: TCaseOffice | null }> {
  const [found] = await db.$queryRaw<{ topicId: string | null; postcode: string | null; region: string; timeZone: string }[]>`
    SELECT (SELECT "id" FROM "Topic" WHERE "code" = ${code} AND "isActive") AS "topicId",
           office."postcode", office."region", office."timeZone"
    FROM (SELECT 1) AS one LEFT JOIN "Office" AS office ON office."postcode" = ${postcode ?? null}::text`;
  const office = found.postcode ? { postcode: found.postcode, region: found.region, timeZone: found.timeZone } : null;
  return { topicId: found.topicId, office };
}

export function statusUrl(token: string): string {
  return `${appUrl()}/status/${token}`;
}

/** Formats by language and zone: building one costs more than using it, on every filing. */
const dueDateFormats = new Map<string, Intl.DateTimeFormat>();

/** A deadline as the applicant reads it: the date in the office's time zone. */
export function formatDueDate(dueAt: Date, timeZone: string, locale: TLocale): string {
  const key = `${locale} ${timeZone}`;
  let format = dueDateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-GB", { dateStyle: "long", timeZone });
    dueDateFormats.set(key, format);
  }
  return format.format(dueAt);
}
