import { getLocale, getTranslations } from "next-intl/server";

import type { TStaffCase } from "@/lib/console-cases/get-case-for-staff";

import { dateTimeFormatter } from "./format";

type TChange = { field: string; before: unknown; after: unknown };

/** The before/after pairs an event recorded, for the audit trail. */
function changesOf(data: unknown): TChange[] {
  if (!data || typeof data !== "object") return [];
  const { before, after } = data as { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null };
  if (!after || typeof after !== "object") return [];
  return Object.keys(after).map((field) => ({ field, before: before?.[field] ?? null, after: after[field] }));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Field names the page has labels for. */
const FIELD_LABELS: Record<string, string> = {
  topicId: "topic",
  priority: "priority",
  assigneeId: "assignee",
  officePostcode: "office",
  region: "region",
  registeredAt: "registered",
  answeredAt: "answered",
  closedAt: "closed",
  firstRepliedAt: "firstReplied",
  extendedAt: "extension",
};

/** Every event of the case, internal ones too: when, who, what, and what changed from what. */
export async function CaseHistory({ found }: { found: TStaffCase }) {
  const [t, locale] = await Promise.all([getTranslations("caseDetail"), getLocale()]);
  const at = dateTimeFormatter(locale, found.timeZone);
  const labelOf = (field: string) =>
    FIELD_LABELS[field] ? t(`fields.${FIELD_LABELS[field]}`) : t.has(`history.fields.${field}`) ? t(`history.fields.${field}`) : field;
  // Ids read as names, dates as dates in the office's zone, statuses and priorities in words.
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value !== "string") return String(value);
    if (field === "assigneeId") return found.names.assigneeId[value] ?? value;
    if (field === "topicId") {
      const topic = found.names.topicId[value];
      return topic ? (locale === "en" ? topic.en : topic.ru) : value;
    }
    if (field === "status" && t.has(`statuses.${value}`)) return t(`statuses.${value}`);
    if (field === "priority" && t.has(`priorities.${value}`)) return t(`priorities.${value}`);
    return ISO_DATE.test(value) ? at(value) : value;
  };
  return (
    <section aria-labelledby="case-history">
      <h2 id="case-history" className="mb-2 text-xl font-semibold">{t("sections.history")}</h2>
      {found.events.length === 0 ? <p className="text-muted">{t("history.empty")}</p> : null}
      <ol className="flex flex-col gap-3" data-testid="case-history">
        {found.events.map((event) => {
          const action = (event.data as { action?: string } | null)?.action;
          // A note's text is its body already.
          const changes = action === "NOTE" ? [] : changesOf(event.data);
          const who = event.staffName ?? event.applicantName ?? t("history.system");
          return (
            <li key={event.id} className="rounded-lg border border-line p-3" data-kind={event.kind}>
              <p className="text-sm text-muted">
                <time dateTime={event.createdAt.toISOString()}>{at(event.createdAt)}</time> · {who} ·{" "}
                {event.isPublic ? t("history.public") : t("history.internal")}
              </p>
              <p className="font-medium">{action && t.has(`history.actions.${action}`) ? t(`history.actions.${action}`) : t(`history.kinds.${event.kind}`)}</p>
              {event.body ? <p className="whitespace-pre-wrap">{event.body}</p> : null}
              {changes.length > 0 ? (
                <ul className="mt-1 text-sm">
                  {changes.map((change) => (
                    <li key={change.field}>
                      {labelOf(change.field)}: {show(change.field, change.before)} → {show(change.field, change.after)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
