import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { CaseFields } from "@/components/case-detail/case-fields";
import { CaseHeader } from "@/components/case-detail/case-header";
import { CaseHistory } from "@/components/case-detail/case-history";
import { ExtendForm } from "@/components/case-detail/extend-form";
import { dateFormatter } from "@/components/case-detail/format";
import { MergeForm } from "@/components/case-detail/merge-form";
import { NoteForm } from "@/components/case-detail/note-form";
import { ReplyForm } from "@/components/case-detail/reply-form";
import { StatusForm } from "@/components/case-detail/status-form";
import { TriageForm } from "@/components/case-detail/triage-form";
import { staffPage } from "@/lib/auth/page-guards";
import { CASE_MANAGERS, CASE_WORKERS } from "@/lib/console-cases/access";
import { getCaseForStaff, getCaseFormOptions } from "@/lib/console-cases/get-case-for-staff";
import { canTransition } from "@/lib/console-cases/status-flow";

import {
  addInternalNoteAction,
  changeCaseStatusAction,
  extendCaseDeadlineAction,
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
  const user = await staffPage(`/console/cases/${encodeURIComponent(number)}`);
  if (user === "forbidden") notFound();
  // Missing and outside the office head's scope answer alike.
  const found = await getCaseForStaff(number, user);
  if (!found) notFound();
  const [t, locale, options] = await Promise.all([getTranslations("caseDetail"), getLocale(), getCaseFormOptions()]);
  const canWork = CASE_WORKERS.includes(user.role) && !found.mergedInto;
  const canManage = CASE_MANAGERS.includes(user.role) && !found.mergedInto;
  const isOpen = found.status !== "CLOSED";
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
            <StatusForm caseId={found.id} status={found.status} action={changeCaseStatusAction} />
            {isOpen ? (
              <ReplyForm
                caseId={found.id}
                templates={options.templates}
                statusChoices={(["ANSWERED", "WAITING_FOR_CUSTOMER"] as const).filter((to) => canTransition(found.status, to))}
                preview={{
                  name: primary ? [primary.firstName, primary.patronymic].filter(Boolean).join(" ") : "",
                  caseNumber: found.number,
                  dueDate: dateFormatter(locale, found.timeZone)(found.dueAt),
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
            {canManage && found.deadline.canExtend && isOpen && found.status !== "ANSWERED" ? (
              <ExtendForm caseId={found.id} action={extendCaseDeadlineAction} />
            ) : null}
            {canManage && isOpen ? <MergeForm caseId={found.id} action={mergeCaseAction} /> : null}
          </aside>
        ) : null}
      </div>
    </article>
  );
}
