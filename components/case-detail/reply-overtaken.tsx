"use client";

import { useTextFormat, useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";

import type { TNewerReplySeen } from "./case-presence-store";

/**
 * A colleague's reply sent while this one was written, shown above the send button: the writer reads it
 * before their own goes, and may still send theirs over it.
 */
export function ReplyOvertaken({
  reply,
  isPending,
  onSendAnyway,
}: {
  reply: TNewerReplySeen;
  isPending: boolean;
  onSendAnyway: () => void;
}) {
  const t = useTexts("caseDetail.reply.overtaken");
  const format = useTextFormat();
  const time = format.dateTime(new Date(reply.createdAt), {
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
  });
  return (
    <section
      role="alert"
      aria-labelledby="reply-overtaken-title"
      data-testid="reply-overtaken"
      className="flex flex-col gap-2 rounded-lg border border-danger bg-red-50 p-3"
    >
      <h4 id="reply-overtaken-title" className="font-semibold text-danger">
        {t("title")}
      </h4>
      <p className="text-sm">{t("by", { name: reply.staffName, time })}</p>
      <blockquote className="border-l-4 border-line bg-white p-3">
        {reply.subject ? <p className="font-medium">{reply.subject}</p> : null}
        <p className="whitespace-pre-wrap">{reply.body}</p>
      </blockquote>
      <p className="text-sm">{t("hint")}</p>
      <div>
        <Button type="button" variant="secondary" disabled={isPending} onClick={onSendAnyway}>
          {t("sendAnyway")}
        </Button>
      </div>
    </section>
  );
}
