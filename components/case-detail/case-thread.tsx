import { getLocale, getTranslations } from "next-intl/server";

import type { TStaffCase } from "@/lib/console-cases/get-case-for-staff";
import { eventLines, quotedOf, threadRole, type THistoryContext } from "@/lib/console-cases/history-lines";
import { fileSize } from "@/lib/i18n/format-size";
import { OPERATOR_TIME_ZONE } from "@/lib/time/zone";

import { dateTimeFormatter } from "./format";
import { ThreadMessage, ThreadStep, type TThreadFile, type TThreadTexts } from "./thread-entry";

/**
 * The case as one thread, oldest first, like a mail thread: the filing with its files, the customer's
 * additions, staff replies and notices, internal notes set apart, and every other step as a one-line entry
 * between them. Times are the operator's (Moscow), as the rest of the console shows them.
 */
export async function CaseThread({ found }: { found: TStaffCase }) {
  const [t, ta, locale] = await Promise.all([
    getTranslations("caseDetail"),
    getTranslations("attachments"),
    getLocale(),
  ]);
  const texts: TThreadTexts = {
    internal: t("history.internal"),
    quoted: t("history.quoted"),
    files: t("sections.files"),
    sizeOf: (bytes) => {
      const { key, size } = fileSize(bytes, locale);
      return ta(key, { size });
    },
  };
  const at = dateTimeFormatter(locale, OPERATOR_TIME_ZONE);
  const ctx: THistoryContext = { t, at, names: found.names, locale };
  const filed = found.events.find((event) => event.kind === "FILED");
  // Files saved before they were tied to an event came with the filing.
  const filesOf = new Map<string, TThreadFile[]>();
  for (const file of found.attachments) {
    const key = file.eventId ?? filed?.id ?? "filing";
    filesOf.set(key, [...(filesOf.get(key) ?? []), file]);
  }
  const when = (value: Date) => ({ iso: value.toISOString(), text: at(value) });
  const filing = (
    <ThreadMessage
      key="filing"
      id={filed?.id ?? "filing"}
      role="filing"
      label={t("history.kinds.FILED")}
      who={found.filerName}
      when={when(filed?.createdAt ?? found.createdAt)}
      body={found.text}
      files={filesOf.get(filed?.id ?? "filing") ?? []}
      texts={texts}
    />
  );

  return (
    <section aria-labelledby="case-thread" className="flex min-w-0 flex-col gap-3">
      <h2 id="case-thread" className="text-lg font-semibold">
        {t("sections.thread")}
      </h2>
      <ol className="flex flex-col gap-3" data-testid="case-history">
        {filed ? null : filing}
        {found.events.map((event) => {
          const role = threadRole(event);
          if (role === "filing") return event.id === filed?.id ? filing : null;
          const label = t.has(`history.kinds.${event.kind}`) ? t(`history.kinds.${event.kind}`) : event.kind;
          const who = event.staffName ?? event.applicantName ?? t("history.system");
          const lines = eventLines(ctx, event);
          if (role === "system") {
            return (
              <ThreadStep
                key={event.id}
                kind={event.kind}
                label={label}
                who={who}
                when={when(event.createdAt)}
                lines={event.body ? [...lines, event.body] : lines}
              />
            );
          }
          return (
            <ThreadMessage
              key={event.id}
              id={event.id}
              role={role}
              kind={event.kind}
              label={label}
              who={who}
              when={when(event.createdAt)}
              lines={lines}
              body={event.body}
              quoted={quotedOf(event)}
              files={filesOf.get(event.id) ?? []}
              texts={texts}
            />
          );
        })}
      </ol>
    </section>
  );
}
