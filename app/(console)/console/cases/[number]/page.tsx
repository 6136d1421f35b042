import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { CaseFields } from "@/components/case-detail/case-fields";
import { CaseHeader } from "@/components/case-detail/case-header";
import { CaseHistory } from "@/components/case-detail/case-history";
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
import { isStillWorked } from "@/lib/console-cases/status-choices";

import {
  addInternalNoteAction,
  changeCaseStatusAction,
  endCorrespondenceAction,
  extendCaseDeadlineAction,
  forwardCaseAction,
  leaveCaseUnansweredAction,
  mergeCaseAction,
  replyToCaseAction,
  updateCaseTriageAction,
} from "./actions";

type TProps = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { number } = await params;
  return { title: decodeURIComponent(number) };
}

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

  return (
    <article className="flex flex-col gap-6">
      <CaseHeader found={found} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-6">
          <CaseFields found={found} />
          <CaseHistory found={found} />
        </div>
        {canWork ? (
          <aside aria-label={t("sections.actions")} className="flex flex-col gap-4">
            <StatusForm
              caseId={found.id}
              choices={statusChoices(found.status, user.role)}
              action={changeCaseStatusAction}
            />
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
                action={replyToCaseAction}
              />
            ) : null}
            <NoteForm caseId={found.id} action={addInternalNoteAction} />
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
            {can(user, "case.extend") && found.deadline.canExtend ? (
              <ExtendForm caseId={found.id} action={extendCaseDeadlineAction} />
            ) : null}
            {outcomes.length > 0 ? (
              <section aria-labelledby="case-outcomes" className="flex flex-col gap-4">
                <h2 id="case-outcomes" className="text-xl font-semibold">
                  {t("outcomes.title")}
                </h2>
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
            {can(user, "case.merge") && isWorked ? <MergeForm caseId={found.id} action={mergeCaseAction} /> : null}
          </aside>
        ) : null}
      </div>
    </article>
  );
}
