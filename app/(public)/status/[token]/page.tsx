import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { AddInformationForm } from "@/components/cases/add-information-form";
import { RateAnswerForm } from "@/components/cases/rate-answer-form";
import { StatusHistory } from "@/components/cases/status-history";
import { InfoPage } from "@/components/layout/info-page";
import { uploadAllowance } from "@/lib/attachments/upload-allowance";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findStatusView } from "@/lib/cases/status-view";
import { requestContext } from "@/lib/http/request-context";
import { ClientTexts } from "@/lib/i18n/client-texts";

import { addInformationAction, rateAnswerAction } from "./actions";

// The address is a secret: keep it out of search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function CaseStatusPage({ params }: PageProps<"/status/[token]">) {
  const [{ token }, t, format, user] = await Promise.all([params, getTranslations("statusPage"), getFormatter(), getCurrentUser()]);
  const view = await findStatusView(token, user?.kind === "member" ? { memberId: user.id, email: user.email } : null);
  if (!view) return <InfoPage title={t("notFoundTitle")} lead={t("notFoundText")} />;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: view.timeZone });
  // What the add-information form may still take today, said before the files are picked.
  const allowance = view.canAddInformation ? await uploadAllowance({ caseId: view.caseId, ip: (await requestContext()).ip }) : null;
  return (
    <InfoPage title={t("title", { number: view.number })}>
      <dl className="grid gap-x-6 gap-y-2 rounded-xl bg-brand-50 p-5 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("status")}</dt>
        <dd data-testid="case-status">{t(`statuses.${view.status}`)}</dd>
        <dt className="font-medium">{t("filed")}</dt>
        <dd>{date(view.createdAt)}</dd>
        <dt className="font-medium">{t("due")}</dt>
        <dd>{date(view.dueAt)}</dd>
        {view.trackingNumber ? (
          <>
            <dt className="font-medium">{t("tracking")}</dt>
            <dd className="font-mono">{view.trackingNumber}</dd>
          </>
        ) : null}
        {view.office ? (
          <>
            <dt className="font-medium">{t("office")}</dt>
            <dd>
              {view.office.postcode} {view.office.name}
            </dd>
          </>
        ) : null}
        {view.answerRating ? (
          <>
            <dt className="font-medium">{t("yourRating")}</dt>
            <dd>{view.answerRating} / 5</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="history-heading" className="flex flex-col gap-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("history")}
        </h2>
        <StatusHistory events={view.events} token={token} timeZone={view.timeZone} />
      </section>
      {view.canRateAnswer ? (
        <section aria-labelledby="rate-heading" className="flex flex-col gap-3 rounded-xl border border-line p-5">
          <h2 id="rate-heading" className="text-xl font-semibold">
            {t("rateTitle")}
          </h2>
          <ClientTexts namespaces={["statusPage", "desk"]}>
            <RateAnswerForm token={token} action={rateAnswerAction} />
          </ClientTexts>
        </section>
      ) : null}
      {allowance ? (
        <section aria-labelledby="add-heading" className="flex flex-col gap-3 rounded-xl border border-line p-5">
          <h2 id="add-heading" className="text-xl font-semibold">
            {t("addTitle")}
          </h2>
          <ClientTexts namespaces={["statusPage"]}>
            <AddInformationForm token={token} action={addInformationAction} allowance={allowance} />
          </ClientTexts>
        </section>
      ) : null}
    </InfoPage>
  );
}
