import type { getTranslations } from "next-intl/server";

import { eventFacts } from "@/lib/cases/lifecycle/events";

import type { TStaffCase } from "./get-case-for-staff";

// What the case page's history says of each event: pure, so that it reads the same wherever it is shown.

type TEvent = TStaffCase["events"][number];
type TTranslate = Awaited<ReturnType<typeof getTranslations<"caseDetail">>>;

/** What the history needs besides the event: words, dates and the names ids stand for. */
export type THistoryContext = {
  t: TTranslate;
  /** A date and time in the office's zone. */
  at: (value: Date | string | null | undefined) => string;
  names: TStaffCase["names"];
  locale: string;
};

type TChange = { field: string; before: unknown; after: unknown };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Field names the page has labels for. */
const FIELD_LABELS: Record<string, string> = {
  topicId: "fields.topic",
  priority: "fields.priority",
  assigneeId: "fields.assignee",
  officePostcode: "fields.office",
  region: "fields.region",
  registeredAt: "fields.registered",
  answeredAt: "fields.answered",
  closedAt: "fields.closed",
  firstRepliedAt: "fields.firstReplied",
  extendedAt: "fields.extension",
};

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** The before/after pairs an event recorded, for the audit trail. */
function changesOf(data: unknown): TChange[] {
  const { before, after } = record(data);
  return Object.keys(record(after)).map((field) => ({
    field,
    before: record(before)[field] ?? null,
    after: record(after)[field],
  }));
}

/** A recorded value in words: ids as names, dates in the office's zone, statuses and priorities as words. */
function show(ctx: THistoryContext, field: string, value: unknown): string {
  const { t } = ctx;
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value !== "string") return String(value);
  if (field === "assigneeId") return ctx.names.assigneeId[value] ?? value;
  if (field === "topicId") {
    const topic = ctx.names.topicId[value];
    return topic ? (ctx.locale === "en" ? topic.en : topic.ru) : value;
  }
  if (field === "status" && t.has(`history.statusWords.${value}`)) return t(`history.statusWords.${value}`);
  if (field === "priority" && t.has(`history.priorityWords.${value}`)) return t(`history.priorityWords.${value}`);
  return ISO_DATE.test(value) ? ctx.at(value) : value;
}

function changeLines(ctx: THistoryContext, data: unknown, skip: readonly string[] = []): string[] {
  const label = (field: string) =>
    FIELD_LABELS[field]
      ? ctx.t(FIELD_LABELS[field])
      : ctx.t.has(`history.fields.${field}`)
        ? ctx.t(`history.fields.${field}`)
        : field;
  return changesOf(data)
    .filter((change) => !skip.includes(change.field))
    .map(
      (change) =>
        `${label(change.field)}: ${show(ctx, change.field, change.before)} → ${show(ctx, change.field, change.after)}`,
    );
}

/** A status move: from what to what, what it did to the clock, and the grounds given. */
function statusLines(ctx: THistoryContext, event: TEvent): string[] {
  const facts = eventFacts(event, "STATUS_CHANGED");
  if (!facts?.from || !facts.to) return changeLines(ctx, event.data);
  const before = record(facts.before);
  const after = record(facts.after);
  const lines = [ctx.t("history.status", { from: show(ctx, "status", facts.from), to: show(ctx, "status", facts.to) })];
  if (text(after.pausedAt)) lines.push(ctx.t("history.paused"));
  else if ("pausedAt" in after && text(before.pausedAt)) lines.push(ctx.t("history.resumed"));
  if (text(after.dueAt) && after.dueAt !== before.dueAt) {
    lines.push(ctx.t("history.due", { from: show(ctx, "dueAt", before.dueAt), to: show(ctx, "dueAt", after.dueAt) }));
  }
  if (facts.reason) lines.push(ctx.t("history.reason", { reason: facts.reason }));
  return lines;
}

/** Older rows kept triage and merges as internal notes with an action; they read as their kinds do now. */
function legacyNoteLines(ctx: THistoryContext, event: TEvent): string[] {
  const data = record(event.data);
  if (data.action === "TRIAGE") return changeLines(ctx, event.data);
  if (data.action === "MERGED" && text(data.duplicate))
    return [ctx.t("history.mergedFrom", { other: String(data.duplicate) })];
  return [];
}

/** What the entry says changed, in words, one line per fact. */
export function eventLines(ctx: THistoryContext, event: TEvent): string[] {
  const { t } = ctx;
  switch (event.kind) {
    case "STATUS_CHANGED":
      return statusLines(ctx, event);
    case "PRIORITY_CHANGED": {
      const facts = eventFacts(event, "PRIORITY_CHANGED");
      const to = show(ctx, "priority", facts?.to);
      if (facts?.reason === "OVERDUE") return [t("history.priorityOverdue", { to })];
      return [t("history.priority", { from: show(ctx, "priority", facts?.from), to })];
    }
    case "ASSIGNED": {
      const assigneeId = eventFacts(event, "ASSIGNED")?.assigneeId;
      return [
        assigneeId ? t("history.assigned", { name: show(ctx, "assigneeId", assigneeId) }) : t("history.unassigned"),
      ];
    }
    case "TRIAGED":
      return changeLines(ctx, event.data);
    case "INTERNAL_NOTE":
      return legacyNoteLines(ctx, event);
    case "PUBLIC_REPLY": {
      const facts = eventFacts(event, "PUBLIC_REPLY");
      return [
        ...(facts?.subject ? [t("history.subject", { subject: facts.subject })] : []),
        ...(typeof facts?.recipients === "number" ? [t("history.recipients", { count: facts.recipients })] : []),
      ];
    }
    case "DEADLINE_EXTENDED": {
      const facts = eventFacts(event, "DEADLINE_EXTENDED");
      const lines = changeLines(ctx, event.data, ["extendedAt", "extensionReason"]);
      // Older rows keep the reason as the entry's text.
      return facts?.reason && !event.body ? [...lines, t("history.extensionReason", { reason: facts.reason })] : lines;
    }
    case "MERGED": {
      const facts = eventFacts(event, "MERGED");
      if (!facts?.other) return [];
      return [t(facts.role === "duplicate" ? "history.mergedInto" : "history.mergedFrom", { other: facts.other })];
    }
    case "FORWARDED":
      return [t("history.forwarded", { to: eventFacts(event, "FORWARDED")?.to ?? "—" })];
    case "ANSWER_RATED": {
      const facts = eventFacts(event, "ANSWER_RATED");
      return [
        ...(typeof facts?.score === "number" ? [t("history.rated", { score: facts.score })] : []),
        ...(facts?.comment ? [facts.comment] : []),
      ];
    }
    default:
      return [];
  }
}

/**
 * Where an event sits in the case's thread: the messages people wrote (the filing, the customer's additions,
 * staff replies and notices) as letters, internal notes set apart, everything else as a one-line entry.
 */
export type TThreadRole = "filing" | "customer" | "reply" | "note" | "system";

export function threadRole(event: Pick<TEvent, "kind" | "body" | "data">): TThreadRole {
  switch (event.kind) {
    case "FILED":
      return "filing";
    case "APPLICANT_COMMENT":
      return "customer";
    // A merged duplicate's filing: its applicant's own words.
    case "APPLICANT_JOINED":
      return event.body ? "customer" : "system";
    case "PUBLIC_REPLY":
    case "FORWARDED":
      return "reply";
    // Older rows kept triage and merges as notes with an action: they read as the steps they were.
    case "INTERNAL_NOTE":
      return record(event.data).action ? "system" : "note";
    default:
      return "system";
  }
}

/** The quoted history of a customer's email, kept apart from their own words. */
export function quotedOf(event: TEvent): string | undefined {
  return event.kind === "APPLICANT_COMMENT" ? text(eventFacts(event, "APPLICANT_COMMENT")?.quoted) : undefined;
}
