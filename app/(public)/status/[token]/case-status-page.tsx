import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { CaseStatusView } from "@/components/cases/case-status-view";
import { InfoPage } from "@/components/layout/info-page";
import { KeepWhole } from "@/components/layout/keep-whole";
import { newIdempotencyKey } from "@/lib/action/form-action";
import { uploadAllowance } from "@/lib/attachments/upload-allowance";
import type { TStatusView } from "@/lib/cases/status-view";
import { requestContext } from "@/lib/http/request-context";
import { caseKindKey } from "@/lib/i18n/case-kind";
import { ClientTexts } from "@/lib/i18n/client-texts";

import { addInformationForm, rateAnswerForm, reissueStatusLinkForm } from "./actions";

// Of the shared form parts' texts the forms need the files field's only: it checks the chosen files in the
// browser. Their other errors come from the server in words already.
const FORM_TEXTS = ["attachments"];

// They act through the applicant's status link, which the view carries.
const ACTIONS = {
  addInformation: addInformationForm,
  rateAnswer: rateAnswerForm,
  reissueLink: reissueStatusLinkForm,
};

/**
 * A case as its applicant sees it, under its number: by the status link (/status/<token>) and, for a club
 * member, among their own cases (/account/cases/<number>), with `children` (a way back) above it. Without a
 * link the view's forms are not offered, and the files it may take today are said before any is picked.
 */
export async function CaseStatusPage({
  view,
  token,
  children,
}: {
  view: TStatusView;
  token: string | null;
  children?: ReactNode;
}) {
  const [t, allowance, idempotencyKey] = await Promise.all([
    getTranslations(),
    view.canAddInformation && token
      ? requestContext().then(({ ip }) => uploadAllowance({ caseId: view.caseId, ip }))
      : null,
    newIdempotencyKey(),
  ]);
  return (
    <InfoPage
      title={<KeepWhole text={t(caseKindKey(view.number, "title"), { number: view.number })} part={view.number} />}
    >
      {children}
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
