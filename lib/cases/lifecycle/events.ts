import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseEventKind, CasePriority, CaseStatus } from "@/lib/generated/prisma/enums";

import type { TActor } from "./statuses";

/**
 * What happens to a case, one kind per thing, each with the facts it carries. Every writer builds its row
 * with `caseEventRow`, so the history, the reports and the audit trail read one shape per kind.
 * `before`/`after` hold the case's fields the event changed (ISO strings for dates) for the audit trail.
 */
type TChange = { before: Record<string, unknown>; after: Record<string, unknown> };

export type TCaseEvent =
  | { kind: "FILED"; channel: string }
  | { kind: "APPLICANT_JOINED" }
  | {
      kind: "APPLICANT_COMMENT";
      body: string;
      channel: "WEB" | "EMAIL";
      messageId?: string;
      quoted?: string;
      refusedFiles?: unknown[];
      /** A status page post's idempotency key and request fingerprint: its repeat adds nothing. */
      idempotencyKey?: string;
      requestHash?: string;
    }
  | ({ kind: "STATUS_CHANGED"; from: CaseStatus; to: CaseStatus; via: string; reason?: string } & TChange)
  | ({ kind: "PRIORITY_CHANGED"; from: CasePriority; to: CasePriority; reason: "OVERDUE" | "TRIAGE" } & TChange)
  | ({ kind: "ASSIGNED"; assigneeId: string | null } & TChange)
  | ({ kind: "TRIAGED" } & TChange)
  | { kind: "PUBLIC_REPLY"; body: string; subject: string; templateId: string | null; recipients: number }
  | { kind: "INTERNAL_NOTE"; body: string }
  | { kind: "ANSWER_RATED"; score: number; comment?: string }
  | ({ kind: "DEADLINE_EXTENDED"; days: number; reason: string } & TChange)
  | { kind: "MERGED"; role: "duplicate" | "kept"; other: string; moved?: Record<string, number> }
  | { kind: "FORWARDED"; to: string; body: string }
  | { kind: "LINK_REISSUED" };

/** Kinds the applicant sees in their history (their own comments aside). */
export const PUBLIC_KINDS: readonly CaseEventKind[] = [
  "FILED",
  "STATUS_CHANGED",
  "PUBLIC_REPLY",
  "DEADLINE_EXTENDED",
  "FORWARDED",
  "ANSWER_RATED",
];

function jsonValue(value: unknown): Prisma.InputJsonValue | null {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(jsonValue) as Prisma.InputJsonArray;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, jsonValue(item)]),
    ) as Prisma.InputJsonObject;
  }
  return value as Prisma.InputJsonValue;
}

/** The CaseEvent row for an event: its kind, text, facts, author and whether the applicant sees it. */
export function caseEventRow(
  caseId: string,
  event: TCaseEvent,
  actor: TActor,
  createdAt?: Date,
): Prisma.CaseEventUncheckedCreateInput {
  const { kind, ...facts } = event;
  const body = "body" in facts ? facts.body : null;
  const data = Object.fromEntries(
    Object.entries(facts).filter(([key, value]) => key !== "body" && value !== undefined),
  );
  const isPublic =
    kind === "STATUS_CHANGED"
      ? !("via" in event && event.via === "merge")
      : PUBLIC_KINDS.includes(kind) || kind === "APPLICANT_COMMENT";
  return {
    caseId,
    kind,
    isPublic,
    body,
    data: jsonValue(data) as Prisma.InputJsonObject,
    staffId: actor.kind === "staff" ? actor.id : null,
    applicantId: actor.kind === "customer" ? actor.applicantId : null,
    ...(createdAt ? { createdAt } : {}),
  };
}

/** Reads a stored event's facts back, for the history and the audit trail. Older rows may lack fields. */
export function eventFacts<K extends TCaseEvent["kind"]>(
  row: { kind: CaseEventKind; data: Prisma.JsonValue; body: string | null },
  kind: K,
): Partial<Extract<TCaseEvent, { kind: K }>> | null {
  if (row.kind !== kind) return null;
  const data = row.data && typeof row.data === "object" && !Array.isArray(row.data) ? row.data : {};
  return { ...(data as object), ...(row.body !== null ? { body: row.body } : {}), kind } as Partial<
    Extract<TCaseEvent, { kind: K }>
  >;
}
