import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { AddInformationForm } from "@/components/cases/add-information-form";
import { RateAnswerForm } from "@/components/cases/rate-answer-form";
import { ReissueLinkForm } from "@/components/cases/reissue-link-form";
import { StatusHistory } from "@/components/cases/status-history";
import type { TFormState } from "@/lib/action/form-state";
import type { TUploadAllowance } from "@/lib/attachments/limits";
import type { TStatusView } from "@/lib/cases/status-view";
import { ClientTexts } from "@/lib/i18n/client-texts";
import { formatDate } from "@/lib/i18n/format-date";

/** A form's server action as useActionState takes it (formAction in lib/action/form-action.ts). */
type TFormAction<TData> = (previous: TFormState<TData>, formData: FormData) => Promise<TFormState<TData>>;

export type TStatusActions = {
  addInformation: TFormAction<{ eventId: string }>;
  rateAnswer: TFormAction<{ score: number; isRecorded: boolean }>;
  reissueLink: TFormAction<{ isSent: boolean }>;
};

const SECTION = "flex flex-col gap-3 rounded-xl border border-line p-5";

// What the forms show in the browser: the rest of the page's words are written on the server and need not
// travel to the client a second time, inside the page's payload.
const ADD_TEXTS = ["added", "addLabel", "addHint", "files", "allowance", "send"].map((key) => `statusPage.${key}`);
const RATE_TEXTS = [
  ...["rated", "rateLegend", "chooseScore", "rate"].map((key) => `statusPage.${key}`),
  "desk.scoreLabels",
];
const REISSUE_TEXTS = ["newLinkSent", "newLinkHint", "newLink"].map((key) => `statusPage.${key}`);

function Fact({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt className="font-medium">{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

/**
 * One case as its applicant sees it — on the secret status page and in a member's account alike: the status
 * in the words the emails use, the deadline (paused while we wait for the customer, none for a rating), the
 * history saying what changed, and what the applicant can do. The forms act through the applicant's status
 * link (`token`); without one (a link only the applicant's email holds) the page only shows.
 */
export async function CaseStatusView({
  view,
  token,
  allowance,
  actions,
  idempotencyKey,
}: {
  view: TStatusView;
  token: string | null;
  allowance: TUploadAllowance | null;
  actions: TStatusActions;
  /** For the add-information form: made by the page (newIdempotencyKey), a new one with each render. */
  idempotencyKey: string;
}) {
  const [t, ts, locale] = await Promise.all([getTranslations("statusPage"), getTranslations("status"), getLocale()]);
  const date = (value: Date) => formatDate(value, locale, { dateStyle: "long", timeZone: view.timeZone });
  const isWaiting = view.status === "WAITING_FOR_CUSTOMER";
  const addForm =
    token && allowance ? (
      <ClientTexts namespaces={ADD_TEXTS}>
        <AddInformationForm
          token={token}
          action={actions.addInformation}
          allowance={allowance}
          idempotencyKey={idempotencyKey}
        />
      </ClientTexts>
    ) : null;
  return (
    <>
      {isWaiting ? (
        <section
          aria-labelledby="waiting-heading"
          className="flex flex-col gap-3 rounded-xl border-2 border-brand-600 bg-brand-50 p-5"
          data-testid="waiting-for-you"
        >
          <h2 id="waiting-heading" className="text-xl font-semibold">
            {t("waitingTitle")}
          </h2>
          <p>{t("waitingText")}</p>
          <p>{t("waitingClock")}</p>
          {addForm ?? <p className="text-sm text-muted">{t("useEmailLink")}</p>}
        </section>
      ) : null}
      <dl className="grid gap-x-6 gap-y-2 rounded-xl bg-brand-50 p-5 sm:grid-cols-[auto_1fr]">
        <Fact term={t("status")} testId="case-status">
          {ts(`customerStatus.${view.status}`)}
        </Fact>
        <Fact term={t("filed")}>{date(view.createdAt)}</Fact>
        {view.pausedAt ? (
          <Fact term={t("due")} testId="case-due">
            {t("duePaused")}
          </Fact>
        ) : view.dueAt ? (
          <Fact term={t("due")} testId="case-due">
            {date(view.dueAt)}
          </Fact>
        ) : null}
        {view.forwardedTo && view.status === "FORWARDED" ? (
          <Fact term={t("forwardedTo")}>{view.forwardedTo}</Fact>
        ) : null}
        {view.trackingNumber ? (
          <Fact term={t("tracking")}>
            <span className="font-mono">{view.trackingNumber}</span>
          </Fact>
        ) : null}
        {view.office ? (
          <Fact term={t("office")}>
            {view.office.postcode} {view.office.name}
          </Fact>
        ) : null}
        {view.answerRating ? <Fact term={t("yourRating")}>{view.answerRating} / 5</Fact> : null}
      </dl>
      <section aria-labelledby="history-heading" className="flex flex-col gap-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("history")}
        </h2>
        <StatusHistory caseNumber={view.number} events={view.events} token={token} timeZone={view.timeZone} />
      </section>
      {/* Kept in place once rated, so the page rendered again after the rating still says thanks. */}
      {(view.canRateAnswer || view.answerRating !== null) && token ? (
        <ClientTexts namespaces={RATE_TEXTS}>
          <RateAnswerForm
            token={token}
            action={actions.rateAnswer}
            isRated={view.answerRating !== null}
            className={SECTION}
          >
            <h2 id="rate-heading" className="text-xl font-semibold">
              {t("rateTitle")}
            </h2>
          </RateAnswerForm>
        </ClientTexts>
      ) : null}
      {!isWaiting && view.canAddInformation ? (
        <section aria-labelledby="add-heading" className={SECTION}>
          <h2 id="add-heading" className="text-xl font-semibold">
            {t("addTitle")}
          </h2>
          {addForm ?? <p className="text-sm text-muted">{t("useEmailLink")}</p>}
        </section>
      ) : null}
      {!view.canAddInformation ? <p className="text-muted">{t("closedForAdditions")}</p> : null}
      {token && view.canReissueLink ? (
        <ClientTexts namespaces={REISSUE_TEXTS}>
          <ReissueLinkForm token={token} action={actions.reissueLink} />
        </ClientTexts>
      ) : null}
    </>
  );
}
