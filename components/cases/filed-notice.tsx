"use client";

import { useEffect, useRef } from "react";

import { useTextFormat, useTexts } from "@/components/i18n/texts";
import { buttonVariants } from "@/components/ui/button";
import type { TReceipt } from "@/lib/cases/receipt";
import { caseKindKey } from "@/lib/i18n/case-kind";

/** The filer's receipt: the number, the deadline and their private status page. It takes focus. */
export function FiledNotice({ receipt, email }: { receipt: TReceipt; email?: string }) {
  const t = useTexts("filing");
  const words = useTexts();
  const format = useTextFormat();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="flex flex-col gap-3 rounded-xl border-2 border-green-700 bg-green-50 p-5 outline-none"
    >
      <h2 className="text-xl font-semibold text-green-900">
        {receipt.isJoined ? t("joinedTitle") : words(caseKindKey(receipt.caseNumber, "filed"))}
      </h2>
      <p>
        {t("number")}{" "}
        <strong className="font-mono text-2xl" data-testid="case-number">
          {receipt.caseNumber}
        </strong>
      </p>
      {receipt.isJoined ? <p>{t("joinedText")}</p> : null}
      {receipt.dueAt ? (
        <p>{t("dueText", { date: format.dateTime(new Date(receipt.dueAt), { dateStyle: "long" }) })}</p>
      ) : null}
      {email ? <p>{t("emailSent", { email })}</p> : null}
      {receipt.similar ? (
        <p data-testid="similar-case">
          {t("similarText", {
            number: receipt.similar.caseNumber,
            date: format.dateTime(new Date(receipt.similar.filedAt), { dateStyle: "long" }),
          })}
        </p>
      ) : null}
      {receipt.statusPath ? (
        // A plain link: next/link would add its code to every filing form's first load for this one click.
        <a href={receipt.statusPath} className={buttonVariants({ className: "self-start" })}>
          {words(caseKindKey(receipt.caseNumber, "openPage"))}
        </a>
      ) : null}
    </div>
  );
}
