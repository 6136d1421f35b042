"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action/action-result";
import { BULK_STATUSES, type TBulkUpdate } from "@/lib/inbox/schemas";

const control = "min-h-11 rounded-lg border border-line bg-white px-3 text-base";

/** Assign, change the status of, or close the selected rows; the page reloads its data afterwards. */
export function BulkBar({
  selectedIds,
  staff,
  currentStaffId,
  update,
  onDone,
}: {
  selectedIds: string[];
  staff: { id: string; name: string }[];
  currentStaffId: string;
  update: (input: TBulkUpdate) => Promise<TActionResult<{ updated: number }>>;
  onDone: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [assignee, setAssignee] = useState(currentStaffId);
  const [status, setStatus] = useState<(typeof BULK_STATUSES)[number]>("IN_PROGRESS");
  const [message, setMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const isDisabled = isPending || selectedIds.length === 0;
  const id = useId();

  function run(input: TBulkUpdate) {
    startTransition(async () => {
      const result = await update(input);
      if (result.ok) {
        setMessage({ tone: "success", text: t("inbox.bulk.done", { count: result.data.updated }) });
        onDone();
        router.refresh();
      } else {
        setMessage({ tone: "danger", text: result.message });
      }
    });
  }

  return (
    <section aria-label={t("inbox.bulk.label")} className="flex flex-col gap-2 rounded-lg border border-line p-3">
      <p className="text-sm" aria-live="polite">
        {t("inbox.bulk.selected", { count: selectedIds.length })}
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={`${id}-assignee`}>{t("inbox.bulk.assignTo")}</label>
          <select id={`${id}-assignee`} className={control} value={assignee} onChange={(event) => setAssignee(event.target.value)}>
            <option value={currentStaffId}>{t("inbox.bulk.me")}</option>
            <option value="">{t("inbox.bulk.nobody")}</option>
            {staff
              .filter((person) => person.id !== currentStaffId)
              .map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
          </select>
        </div>
        <Button
          type="button"
          variant="secondary"
          disabled={isDisabled}
          onClick={() => run({ action: "assign", caseIds: selectedIds, assigneeId: assignee || null })}
        >
          {t("inbox.bulk.assign")}
        </Button>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={`${id}-status`}>{t("inbox.bulk.statusTo")}</label>
          <select id={`${id}-status`} className={control} value={status} onChange={(event) => setStatus(event.target.value as typeof status)}>
            {BULK_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`statusPage.statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="button" variant="secondary" disabled={isDisabled} onClick={() => run({ action: "status", caseIds: selectedIds, status })}>
          {t("inbox.bulk.changeStatus")}
        </Button>
        <Button type="button" variant="secondary" disabled={isDisabled} onClick={() => run({ action: "close", caseIds: selectedIds })}>
          {t("inbox.bulk.close")}
        </Button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </section>
  );
}
