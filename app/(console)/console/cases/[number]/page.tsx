import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { AssignToMeButton } from "@/components/case-detail/assign-to-me-button";
import { CaseClock } from "@/components/case-detail/case-clock";
import { CaseFields } from "@/components/case-detail/case-fields";
import { CaseHeader } from "@/components/case-detail/case-header";
import { CasePresence } from "@/components/case-detail/case-presence";
import { CaseThread } from "@/components/case-detail/case-thread";
import { EndCorrespondenceForm } from "@/components/case-detail/end-correspondence-form";
import { ExtendForm } from "@/components/case-detail/extend-form";
import { dateFormatter } from "@/components/case-detail/format";
import { ForwardForm } from "@/components/case-detail/forward-form";
import { LeaveUnansweredForm } from "@/components/case-detail/leave-unanswered-form";
import { MergeForm } from "@/components/case-detail/merge-form";
import { NoteForm } from "@/components/case-detail/note-form";
import { ReplyForm } from "@/components/case-detail/reply-form";
import { StatusForm } from "@/components/case-detail/status-form";
import { TriageForm } from "@/components/case-detail/triage-form";
import { staffPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { outcomeChoices, replyChoices, statusChoices } from "@/lib/cases/lifecycle/statuses";
import { getCaseFormOptions, getCaseForStaff } from "@/lib/console-cases/get-case-for-staff";
import { markCustomerNewsSeen } from "@/lib/console-cases/mark-customer-news-seen";
import { isForwardingLate } from "@/lib/console-cases/outcomes";
import { replyBasisOf } from "@/lib/console-cases/reply-basis";
import { readReplyDraft } from "@/lib/console-cases/reply-drafts";
import { isStillWorked } from "@/lib/console-cases/status-choices";

import {
  addInternalNoteAction,
  assignCaseToMeAction,
  changeCaseStatusAction,
  deleteReplyDraftAction,
  endCorrespondenceAction,
  extendCaseDeadlineAction,
  forwardCaseAction,
  leaveCaseUnansweredAction,
  mergeCaseAction,
  replyToCaseAction,
  saveReplyDraftAction,
  updateCaseTriageAction,
} from "./actions";

type TProps = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { number } = await params;
  return { title: decodeURIComponent(number) };
}

/**
 * The case as it is worked: the thread in the middle with the reply box after its last entry, and at the
 * side the clock, the facts, the applicants and the actions (the rarer ones folded). Stacked below lg.
 */
export default async function CasePage({ params }: TProps) {
  const number = decodeURIComponent((await params).number);
  const user = await staffPage(`/console/cases/${encodeURIComponent(number)}`, "case.read");
  // Missing and outside the office head's scope answer alike.
  const found = await getCaseForStaff(number, user);
  if (!found) notFound();
  await markCustomerNewsSeen(found, user);
  const [t, locale, options] = await Promise.all([getTranslations("caseDetail"), getLocale(), getCaseFormOptions()]);
  const canWork = can(user, "case.work") && !found.mergedInto;
  const isWorked = isStillWorked(found.status);
  const outcomes = outcomeChoices(found.status, user.role);
  const primary = found.applicants.find((applicant) => applicant.isPrimary) ?? found.applicants[0];
  // A reply is written against the newest reply this page shows; a colleague's later one is shown before it goes.
  const basisReplyId = replyBasisOf(found.events);
  const draft = canWork && isWorked ? await readReplyDraft(found.id, user) : null;
  const canExtend = can(user, "case.extend") && found.deadline.canExtend;
  const canMerge = can(user, "case.merge") && isWorked;

  return (
    <article className="flex flex-col gap-4">
      <CaseHeader found={found} />
      <CasePresence caseNumber={found.number} basisReplyId={basisReplyId} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <CaseThread found={found} />
          {canWork ? (
            <section aria-label={t("sections.compose")} className="flex flex-col gap-4">
              {isWorked ? (
                <ReplyForm
                  caseId={found.id}
                  templates={options.templates}
                  statusChoices={replyChoices(found.status, user.role)}
                  preview={{
                    name: primary ? [primary.firstName, primary.patronymic].filter(Boolean).join(" ") : "",
                    caseNumber: found.number,
                    dueDate: found.dueAt ? dateFormatter(locale, found.timeZone)(found.dueAt) : "—",
                    statusLink: t("reply.linkStandIn"),
                    trackingNumber: found.trackingNumber ?? "",
                  }}
                  basisReplyId={basisReplyId}
                  draft={draft}
                  action={replyToCaseAction}
                  draftActions={{ save: saveReplyDraftAction, remove: deleteReplyDraftAction }}
                />
              ) : null}
              <NoteForm caseId={found.id} action={addInternalNoteAction} />
            </section>
          ) : null}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <CaseClock found={found} />
          {canWork ? (
            <section aria-labelledby="case-actions" className="flex flex-col gap-3">
              <h2 id="case-actions" className="text-base font-semibold">
                {t("sections.actions")}
              </h2>
              {found.assignee?.id !== user.id ? (
                <AssignToMeButton caseId={found.id} action={assignCaseToMeAction} />
              ) : null}
              <StatusForm
                caseId={found.id}
                choices={statusChoices(found.status, user.role)}
                action={changeCaseStatusAction}
              />
              <TriageForm
                caseId={found.id}
                initial={{
                  topicId: found.topic?.id ?? "",
                  priority: found.priority,
                  assigneeId: found.assignee?.id ?? "",
                  officePostcode: found.officePostcode ?? "",
                }}
                options={options}
                action={updateCaseTriageAction}
              />
              {canExtend || outcomes.length > 0 || canMerge ? (
                <details className="rounded-xl border border-line" data-testid="case-more-actions">
                  <summary className="cursor-pointer px-4 py-3 font-semibold">{t("sections.more")}</summary>
                  <div className="flex flex-col gap-3 px-3 pb-3">
                    {canExtend ? <ExtendForm caseId={found.id} action={extendCaseDeadlineAction} /> : null}
                    {outcomes.length > 0 ? (
                      <section aria-labelledby="case-outcomes" className="flex flex-col gap-3">
                        <h3 id="case-outcomes" className="font-semibold">
                          {t("outcomes.title")}
                        </h3>
                        {outcomes.includes("FORWARDED") ? (
                          <ForwardForm
                            caseId={found.id}
                            isLate={isForwardingLate(found.registeredAt ?? found.createdAt, new Date())}
                            action={forwardCaseAction}
                          />
                        ) : null}
                        {outcomes.includes("LEFT_UNANSWERED") ? (
                          <LeaveUnansweredForm caseId={found.id} action={leaveCaseUnansweredAction} />
                        ) : null}
                        {outcomes.includes("CORRESPONDENCE_ENDED") ? (
                          <EndCorrespondenceForm caseId={found.id} action={endCorrespondenceAction} />
                        ) : null}
                      </section>
                    ) : null}
                    {canMerge ? <MergeForm caseId={found.id} action={mergeCaseAction} /> : null}
                  </div>
                </details>
              ) : null}
            </section>
          ) : null}
          <CaseFields found={found} />
        </div>
      </div>
    </article>
  );
}
