import "server-only";

import { createHash } from "node:crypto";

import { ActionError } from "@/lib/action/action-error";
import { discardUploads, saveUploads, type TInspectedFile, type TStoredUpload } from "@/lib/attachments";
import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { mailboxKey } from "@/lib/email/mailbox-key";
import { formatDate } from "@/lib/i18n/format-date";
import type { TLocale } from "@/lib/i18n/locales";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { recordSecurityEvent } from "@/lib/security/security-events";

import type { TCreatedCase, TIdempotency } from "./create-case";

/** How a filing arrived, for limits, idempotency and files. */
export type TFilingContext = {
  channel: "WEB" | "API";
  locale: TLocale;
  /** The client's address; web filings are limited per address. */
  ip?: string;
  idempotencyKey?: string;
  files?: TInspectedFile[];
  /** The club member filing while signed in on the web: the case shows in their account. */
  memberId?: string;
};

/** What the filer is told: the number, the status link (absent when a retry found the case already filed). */
export type TFiledCase = {
  caseNumber: string;
  statusToken: string | null;
  /** Null for a case with no term (an office rating). */
  dueAt: Date | null;
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
      await recordSecurityEvent({ kind: "RATE_LIMITED", limit: "filing" });
      throw new ActionError("RATE_LIMITED", "actions.rateLimited", {
        minutes: Math.ceil(result.retryAfterSeconds / 60),
      });
    }
  }
}

/** JSON with every object's keys sorted, so two equal inputs give equal text whatever order they came in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * The fingerprint of a filing request, stored beside its idempotency key: the kind of filing and its
 * parsed input. A retry carries the same; a different request under a used key does not.
 */
function filingRequestHash(kind: "COMPLAINT" | "CLAIM", input: unknown): string {
  return createHash("sha256")
    .update(`${kind}\n${canonicalJson(input)}`)
    .digest("hex");
}

/** The idempotency key and request fingerprint a filing stores on its applicant row, when it has a key. */
function idempotencyOf(ctx: TFilingContext, requestHash: string): TIdempotency | undefined {
  return ctx.idempotencyKey ? { key: ctx.idempotencyKey, hash: requestHash } : undefined;
}

/**
 * The filing a retried submission (same idempotency key, same request) already made. The same key with a
 * different request is refused rather than answered with another filing's case, as payment APIs do;
 * filings stored before fingerprints were kept have none and are answered as retries.
 */
async function findReplay(ctx: TFilingContext, requestHash: string): Promise<TFiledCase | null> {
  if (!ctx.idempotencyKey) return null;
  const found = await db.caseApplicant.findUnique({
    where: { idempotencyKey: ctx.idempotencyKey },
    select: { isPrimary: true, idempotencyHash: true, case: { select: { number: true, dueAt: true } } },
  });
  if (!found) return null;
  if (found.idempotencyHash !== null && found.idempotencyHash !== requestHash) {
    throw new ActionError(
      "INVALID",
      ctx.channel === "API" ? "apiKeys.problem.idempotencyKeyReused" : "actions.submittedDifferently",
    );
  }
  return {
    caseNumber: found.case.number,
    statusToken: null,
    dueAt: found.case.dueAt,
    isJoined: !found.isPrimary,
    isNew: false,
  };
}

/** Whether an error is the unique index on the idempotency key (two identical submissions racing). */
function isIdempotencyConflict(error: unknown): boolean {
  return isUniqueViolation(error, /idempotencyKey/);
}

/**
 * A filing under its idempotency key: a retry is answered with the filing it made, before any limit is
 * counted; otherwise `file` files anew, storing the key and fingerprint it is given on the applicant row.
 */
export async function fileOnce<TFiled extends TFiledCase>(
  kind: "COMPLAINT" | "CLAIM",
  input: { email: string },
  ctx: TFilingContext,
  file: (idempotency: TIdempotency | undefined) => Promise<TFiled>,
): Promise<TFiled | TFiledCase> {
  const requestHash = filingRequestHash(kind, input);
  const replay = await findReplay(ctx, requestHash);
  if (replay) return replay;
  await limitFiling(ctx, input.email);
  try {
    return await file(idempotencyOf(ctx, requestHash));
  } catch (error) {
    // Two identical submissions racing: the loser answers with the winner's filing.
    if (isIdempotencyConflict(error)) {
      const winner = await findReplay(ctx, requestHash);
      if (winner) return winner;
    }
    throw error;
  }
}

/** What the filer of a case just created is told. */
export function newFiling(created: Pick<TCreatedCase, "number" | "statusToken" | "dueAt">): TFiledCase {
  return {
    caseNumber: created.number,
    statusToken: created.statusToken,
    dueAt: created.dueAt,
    isJoined: false,
    isNew: true,
  };
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

export function statusUrl(token: string): string {
  return `${appUrl()}/status/${token}`;
}

/** A deadline as the applicant reads it: the date in the office's time zone (none for a case with no term). */
export function formatDueDate(dueAt: Date, timeZone: string, locale: TLocale): string;
export function formatDueDate(dueAt: Date | null, timeZone: string, locale: TLocale): string | null;
export function formatDueDate(dueAt: Date | null, timeZone: string, locale: TLocale): string | null {
  return dueAt ? formatDate(dueAt, locale, { dateStyle: "long", timeZone }) : null;
}
