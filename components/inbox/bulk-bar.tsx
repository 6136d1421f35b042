"use client";

import { useId, useState, type ReactNode } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { STATUS_TARGETS } from "@/lib/console-cases/status-choices";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { TBulkResult, TBulkSkip } from "@/lib/inbox/bulk-update-cases";
import type { TBulkUpdate } from "@/lib/inbox/schemas";

const control = "min-h-9 w-40 rounded-md border border-line bg-white px-2 text-sm";
/** Button's sizes keep its 44 px base; the bar's buttons match the compact selects beside them. */
const compact = "min-h-9! px-3! text-sm!";
/** Closing has a button of its own. */
const BULK_STATUSES = STATUS_TARGETS.filter((status) => status !== "CLOSED");

type TMessage = { tone: "success" | "info" | "danger"; text: string; skipped?: TBulkSkip[] };

/** What to apply to the selected rows, labelled beside its select: the bar stays one line on a desktop. */
function BulkChoice({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="flex items-center gap-1.5 text-sm">
      <label htmlFor={id}>{label}</label>
      <select id={id} className={control} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

/**
 * Assign, change the status of, or close the selected rows; the page reloads its data afterwards. Each case
 * follows the case page's rules: the cases left as they were are listed with the reason.
 */
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
  update: (input: TBulkUpdate) => Promise<TActionResult<TBulkResult>>;
  onDone: () => void;
}) {
  const t = useTexts();
  const { run, isPending, data, failure } = useAction(update, { onSuccess: () => onDone() });
  const [assignee, setAssignee] = useState(currentStaffId);
  const [status, setStatus] = useState<CaseStatus>("IN_PROGRESS");
  const message: TMessage | null = failure
    ? { tone: "danger", text: failure }
    : data
      ? {
          tone: data.skipped.length > 0 ? "info" : "success",
          text: t("inbox.bulk.done", { count: data.updated }),
          skipped: data.skipped,
        }
      : null;
  const isDisabled = isPending || selectedIds.length === 0;
  const id = useId();
  const apply = (label: string, input: TBulkUpdate) => (
    <Button type="button" variant="secondary" className={compact} disabled={isDisabled} onClick={() => run(input)}>
      {label}
    </Button>
  );

  return (
    <section aria-label={t("inbox.bulk.label")} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <p className="min-w-24 text-sm font-medium" aria-live="polite">
          {t("inbox.bulk.selected", { count: selectedIds.length })}
        </p>
        <BulkChoice id={`${id}-assignee`} label={t("inbox.bulk.assignTo")} value={assignee} onChange={setAssignee}>
          <option value={currentStaffId}>{t("inbox.bulk.me")}</option>
          <option value="">{t("inbox.bulk.nobody")}</option>
          {staff
            .filter((person) => person.id !== currentStaffId)
            .map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
        </BulkChoice>
        {apply(t("inbox.bulk.assign"), { action: "assign", caseIds: selectedIds, assigneeId: assignee || null })}
        <BulkChoice
          id={`${id}-status`}
          label={t("inbox.bulk.statusTo")}
          value={status}
          onChange={(value) => setStatus(value as CaseStatus)}
        >
          {BULK_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`enums.CaseStatus.${value}`)}
            </option>
          ))}
        </BulkChoice>
        {apply(t("inbox.bulk.changeStatus"), { action: "status", caseIds: selectedIds, status })}
        {apply(t("inbox.bulk.close"), { action: "close", caseIds: selectedIds })}
      </div>
      {message ? (
        <Alert tone={message.tone}>
          <p>{message.text}</p>
          {message.skipped && message.skipped.length > 0 ? (
            <>
              <p>{t("inbox.bulk.skipped", { count: message.skipped.length })}</p>
              <ul className="list-disc pl-5" data-testid="bulk-skipped">
                {message.skipped.map((skip) => (
                  <li key={skip.number}>
                    {t("inbox.bulk.skip", {
                      number: skip.number,
                      status: t(`enums.CaseStatus.${skip.status}`),
                      reason: skipReason(t, skip),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Alert>
      ) : null}
    </section>
  );
}

/** The reason in words: the lifecycle's refusals are the case page's own messages. */
function skipReason(t: (key: string) => string, skip: TBulkSkip): string {
  if (skip.reason === "CHANGED") return t("caseDetail.errors.changed");
  if (skip.reason === "MERGED" || skip.reason === "SAME_ASSIGNEE") return t(`inbox.bulk.reasons.${skip.reason}`);
  return t(`caseDetail.errors.move.${skip.reason}`);
}
