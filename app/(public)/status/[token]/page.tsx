import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { CaseStatusView } from "@/components/cases/case-status-view";
import { InfoPage } from "@/components/layout/info-page";
import { KeepWhole } from "@/components/layout/keep-whole";
import { newIdempotencyKey } from "@/lib/action/form-action";
import { uploadAllowance } from "@/lib/attachments/upload-allowance";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isLinkJustReissued } from "@/lib/cases/reissued-link-cookie";
import { findStatusView } from "@/lib/cases/status-view";
import { requestContext } from "@/lib/http/request-context";
import { caseKindKey } from "@/lib/i18n/case-kind";
import { ClientTexts } from "@/lib/i18n/client-texts";

import { addInformationForm, rateAnswerForm, reissueStatusLinkForm } from "./actions";

// The address is a secret: keep it out of search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Of the shared form parts' texts the page's forms need the files field's only: it checks the chosen files in
// the browser. Their other errors come from the server in words already.
const FORM_TEXTS = ["attachments"];

const ACTIONS = {
  addInformation: addInformationForm,
  rateAnswer: rateAnswerForm,
  reissueLink: reissueStatusLinkForm,
};

export default async function CaseStatusPage({ params }: PageProps<"/status/[token]">) {
  const [{ token }, t, user] = await Promise.all([params, getTranslations(), getCurrentUser()]);
  const view = await findStatusView(token, user?.kind === "member" ? { memberId: user.id, email: user.email } : null);
  if (!view) {
    // This browser has just replaced the link (the page comes back here after the post): where the new one went.
    if (await isLinkJustReissued()) {
      return <InfoPage title={t("statusPage.newLinkSentTitle")} lead={t("statusPage.newLinkSent")} />;
    }
    // An unknown or withdrawn link answers 404, with the words of not-found.tsx beside this page.
    notFound();
  }
  // What the add-information form may still take today, said before the files are picked.
  const [allowance, idempotencyKey] = await Promise.all([
    view.canAddInformation ? uploadAllowance({ caseId: view.caseId, ip: (await requestContext()).ip }) : null,
    newIdempotencyKey(),
  ]);
  return (
    <InfoPage
      title={<KeepWhole text={t(caseKindKey(view.number, "title"), { number: view.number })} part={view.number} />}
    >
      <ClientTexts namespaces={FORM_TEXTS}>
        <CaseStatusView
          view={view}
          token={token}
          allowance={allowance}
          actions={ACTIONS}
          idempotencyKey={idempotencyKey}
        />
      </ClientTexts>
    </InfoPage>
  );
}
