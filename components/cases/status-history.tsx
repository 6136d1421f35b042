import { getFormatter, getTranslations } from "next-intl/server";

import { attachmentHref } from "@/lib/attachments/attachment-href";
import type { TStatusEvent } from "@/lib/cases/status-view";

/** The case's public history, oldest first, with the files of each step. */
export async function StatusHistory({ events, token, timeZone }: { events: TStatusEvent[]; token: string; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("statusPage"), getFormatter()]);
  return (
    <ol className="flex flex-col gap-3" aria-label={t("history")}>
      {events.map((event) => (
        <li key={event.id} className="rounded-lg border border-line p-4" data-kind={event.kind}>
          <p className="text-sm text-muted">
            <time dateTime={event.createdAt.toISOString()}>
              {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
            </time>{" "}
            · {t(`events.${event.kind}`)}
          </p>
          {event.body && (event.kind === "PUBLIC_REPLY" || event.isOwn) ? <p className="mt-2 whitespace-pre-line">{event.body}</p> : null}
          {event.attachments.length > 0 ? (
            <ul className="mt-2 flex flex-col gap-1">
              {event.attachments.map((file) => (
                <li key={file.id}>
                  <a href={attachmentHref(file.id, { statusToken: token })} className="text-brand-700 underline">
                    {file.fileName}
                  </a>{" "}
                  <span className="text-sm text-muted">({format.number(Math.max(1, Math.round(file.size / 1024)))} КБ)</span>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
