import { getLocale, getTranslations } from "next-intl/server";

import type { TStaffCase } from "@/lib/console-cases/get-case-for-staff";
import { eventLines, quotedOf, type THistoryContext } from "@/lib/console-cases/history-lines";

import { dateTimeFormatter } from "./format";

/** Every event of the case, internal ones too: when, who, what happened and what changed, in words. */
export async function CaseHistory({ found }: { found: TStaffCase }) {
  const [t, locale] = await Promise.all([getTranslations("caseDetail"), getLocale()]);
  const at = dateTimeFormatter(locale, found.timeZone);
  const ctx: THistoryContext = { t, at, names: found.names, locale };
  return (
    <section aria-labelledby="case-history">
      <h2 id="case-history" className="mb-2 text-xl font-semibold">
        {t("sections.history")}
      </h2>
      {found.events.length === 0 ? <p className="text-muted">{t("history.empty")}</p> : null}
      <ol className="flex flex-col gap-3" data-testid="case-history">
        {found.events.map((event) => {
          const who = event.staffName ?? event.applicantName ?? t("history.system");
          const lines = eventLines(ctx, event);
          const quoted = quotedOf(event);
          return (
            <li key={event.id} className="rounded-lg border border-line p-3" data-kind={event.kind}>
              <p className="text-sm text-muted">
                <time dateTime={event.createdAt.toISOString()}>{at(event.createdAt)}</time> · {who} ·{" "}
                {event.isPublic ? t("history.public") : t("history.internal")}
              </p>
              <p className="font-medium">
                {t.has(`history.kinds.${event.kind}`) ? t(`history.kinds.${event.kind}`) : event.kind}
              </p>
              {lines.length > 0 ? (
                <ul className="mt-1 text-sm">
                  {lines.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              ) : null}
              {event.body ? <p className="mt-1 whitespace-pre-wrap">{event.body}</p> : null}
              {quoted ? (
                <details className="mt-1 text-sm text-muted">
                  <summary className="cursor-pointer">{t("history.quoted")}</summary>
                  <p className="whitespace-pre-wrap">{quoted}</p>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
