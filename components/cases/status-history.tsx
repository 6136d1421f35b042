import { getLocale, getTranslations } from "next-intl/server";

import { attachmentHref } from "@/lib/attachments/attachment-href";
import { isOutcomeStatus } from "@/lib/cases/lifecycle/statuses";
import type { TStatusEvent } from "@/lib/cases/status-view";
import { caseKindKey } from "@/lib/i18n/case-kind";
import { inSentence } from "@/lib/i18n/customer-status";
import { formatDate } from "@/lib/i18n/format-date";
import { fileSize } from "@/lib/i18n/format-size";

/** Kinds whose text the applicant reads whoever wrote it: an answer, an extension's reason, a forwarding's. */
const PUBLIC_TEXT_KINDS: readonly TStatusEvent["kind"][] = ["PUBLIC_REPLY", "DEADLINE_EXTENDED", "FORWARDED"];

/**
 * The case's public history, oldest first, each entry saying what changed («Статус: в работе», where an
 * appeal was forwarded and why, the new deadline), with the files of each step. Files link through the
 * applicant's status link; without one they are only named.
 */
export async function StatusHistory({
  caseNumber,
  events,
  token,
  timeZone,
}: {
  caseNumber: string;
  events: TStatusEvent[];
  token: string | null;
  timeZone: string;
}) {
  const [t, ts, words, locale] = await Promise.all([
    getTranslations("statusPage"),
    getTranslations("status"),
    getTranslations(),
    getLocale(),
  ]);
  const size = (bytes: number) => {
    const { key, size: value } = fileSize(bytes, locale);
    return words(`attachments.${key}`, { size: value });
  };
  const title = ({ kind, facts }: TStatusEvent): string => {
    if (kind === "STATUS_CHANGED" && facts.status) {
      return t("events.statusChangedTo", { status: inSentence(ts(`customerStatus.${facts.status}`)) });
    }
    if (kind === "DEADLINE_EXTENDED" && facts.dueAt) {
      return t("events.extendedTo", { date: formatDate(facts.dueAt, locale, { dateStyle: "long", timeZone }) });
    }
    if (kind === "FILED") return words(caseKindKey(caseNumber, "filedEvent"));
    return t(`events.${kind}`);
  };
  return (
    <ol className="flex flex-col gap-3" aria-label={t("history")}>
      {events.map((event) => (
        <li key={event.id} className="rounded-lg border border-line p-4" data-kind={event.kind}>
          <p className="text-sm text-muted">
            <time dateTime={event.createdAt.toISOString()}>
              {formatDate(event.createdAt, locale, { dateStyle: "medium", timeStyle: "short", timeZone })}
            </time>{" "}
            · <span className="font-medium text-ink">{title(event)}</span>
          </p>
          {event.facts.forwardedTo ? (
            <p className="mt-2">{t("forwardedToBody", { body: event.facts.forwardedTo })}</p>
          ) : null}
          {event.facts.reason && event.facts.status && isOutcomeStatus(event.facts.status) ? (
            <p className="mt-2 whitespace-pre-line">{t("grounds", { reason: event.facts.reason })}</p>
          ) : null}
          {event.body && (PUBLIC_TEXT_KINDS.includes(event.kind) || event.isOwn) ? (
            <p className="mt-2 whitespace-pre-line">{event.body}</p>
          ) : null}
          {event.attachments.length > 0 ? (
            <ul className="mt-2 flex flex-col gap-1">
              {event.attachments.map((file) => (
                <li key={file.id}>
                  {token ? (
                    <a href={attachmentHref(file.id, { statusToken: token })} className="text-brand-700 underline">
                      {file.fileName}
                    </a>
                  ) : (
                    file.fileName
                  )}{" "}
                  <span className="text-sm text-muted">({size(file.size)})</span>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
