import { attachmentHref } from "@/lib/attachments/attachment-href";
import type { TThreadRole } from "@/lib/console-cases/history-lines";
import { cn } from "@/lib/utils";

export type TThreadFile = { id: string; fileName: string; size: number };
type TWhen = { iso: string; text: string };
/** The words every message uses, and a file's size in words: the thread reads them once for all. */
export type TThreadTexts = { internal: string; quoted: string; files: string; sizeOf: (bytes: number) => string };

const LOOK: Record<Exclude<TThreadRole, "system">, string> = {
  filing: "border-line bg-white",
  customer: "border-line bg-white",
  reply: "border-brand-100 bg-brand-50",
  // Tinted and labelled, so a note is never read as something the customer was sent.
  note: "border-amber-300 bg-amber-50",
};

/** A message in the thread: who wrote it and when, what it says, the quoted email folded away, its files. */
export function ThreadMessage({
  id,
  role,
  kind = "FILED",
  label,
  who,
  when,
  lines = [],
  body,
  quoted,
  files,
  texts,
}: {
  id: string;
  role: Exclude<TThreadRole, "system">;
  kind?: string;
  label: string;
  who: string;
  when: TWhen;
  lines?: string[];
  body: string | null;
  quoted?: string;
  files: TThreadFile[];
  texts: TThreadTexts;
}) {
  const headingId = `thread-${id}`;
  return (
    <li data-kind={kind} data-role={role}>
      <article aria-labelledby={headingId} className={cn("rounded-xl border p-4", LOOK[role])}>
        <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <h3 id={headingId} className="font-semibold">
            {label}
          </h3>
          <p className="text-sm text-muted">
            {who} · <time dateTime={when.iso}>{when.text}</time>
          </p>
          {role === "note" ? (
            <p className="rounded-full bg-amber-100 px-2 text-sm font-medium text-ink">{texts.internal}</p>
          ) : null}
        </header>
        {lines.length > 0 ? (
          <ul className="mt-1 text-sm text-muted">
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        ) : null}
        {body ? <p className="mt-2 break-words whitespace-pre-wrap">{body}</p> : null}
        {quoted ? (
          <details className="mt-2 text-sm text-muted">
            <summary className="cursor-pointer">{texts.quoted}</summary>
            <p className="break-words whitespace-pre-wrap">{quoted}</p>
          </details>
        ) : null}
        {files.length > 0 ? (
          <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label={texts.files}>
            {files.map((file) => (
              <li key={file.id} className="break-words">
                <a className="underline" href={attachmentHref(file.id)} target="_blank" rel="noreferrer">
                  {file.fileName}
                </a>{" "}
                <span className="text-muted">({texts.sizeOf(file.size)})</span>
              </li>
            ))}
          </ul>
        ) : null}
      </article>
    </li>
  );
}

/** Steps whose line names what changed («Статус: …», «Назначено: …»): a title before it would say it twice. */
const SELF_NAMED = new Set([
  "STATUS_CHANGED",
  "ASSIGNED",
  "PRIORITY_CHANGED",
  "ANSWER_RATED",
  "MERGED",
  "INTERNAL_NOTE",
]);

/** A step in one line between the messages: a status change, an assignment, an extension. */
export function ThreadStep({
  kind,
  label,
  who,
  when,
  lines,
}: {
  kind: string;
  label: string;
  who: string;
  when: TWhen;
  lines: string[];
}) {
  return (
    <li data-kind={kind} data-role="system" className="border-l-2 border-line px-3 py-0.5 text-sm text-muted">
      {lines.length === 0 || !SELF_NAMED.has(kind) ? (
        <span className="font-medium text-ink">{lines.length > 0 ? `${label}: ` : label}</span>
      ) : null}
      {lines.join(" · ")} — {who}, <time dateTime={when.iso}>{when.text}</time>
    </li>
  );
}
