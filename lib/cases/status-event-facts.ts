import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseEventKind, CaseStatus } from "@/lib/generated/prisma/enums";

import { eventFacts } from "./lifecycle/events";
import { CASE_STATUSES, isOutcomeStatus } from "./lifecycle/statuses";

/** What a history entry on the status page says changed, read from the stored event. */
export type TStatusEventFacts = {
  /** A status change: the new status. */
  status?: CaseStatus;
  /** A forwarded appeal: the body it went to. */
  forwardedTo?: string;
  /** An outcome's grounds, as staff gave them in the notice. */
  reason?: string;
  /** An extension: the new deadline. */
  dueAt?: Date;
};

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function dateOf(value: unknown): Date | undefined {
  const parsed = typeof value === "string" ? new Date(value) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : undefined;
}

/**
 * The facts of a public event the applicant reads. Older rows were written in other shapes and may lack a
 * fact; the entry then says what happened without it («Статус изменён»). Only an outcome's grounds are
 * shown: they are the notice the law requires, while other moves may carry notes meant for staff.
 */
export function statusEventFacts(row: {
  kind: CaseEventKind;
  data: Prisma.JsonValue;
  body: string | null;
}): TStatusEventFacts {
  switch (row.kind) {
    case "STATUS_CHANGED": {
      const facts = eventFacts(row, "STATUS_CHANGED");
      const status = CASE_STATUSES.find((item) => item === facts?.to);
      if (!status) return {};
      if (!isOutcomeStatus(status)) return { status };
      return { status, forwardedTo: text(record(facts?.after).forwardedTo), reason: text(facts?.reason) };
    }
    case "FORWARDED": {
      const facts = eventFacts(row, "FORWARDED");
      return { forwardedTo: text(facts?.to) };
    }
    case "DEADLINE_EXTENDED": {
      const facts = eventFacts(row, "DEADLINE_EXTENDED");
      return { dueAt: dateOf(record(facts?.after).dueAt) };
    }
    default:
      return {};
  }
}
