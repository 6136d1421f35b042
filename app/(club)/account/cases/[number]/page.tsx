import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { addInformationForm, rateAnswerForm, reissueStatusLinkForm } from "@/app/(public)/status/[token]/actions";
import { CaseStatusView } from "@/components/cases/case-status-view";
import { InfoPage } from "@/components/layout/info-page";
import { KeepWhole } from "@/components/layout/keep-whole";
import { newIdempotencyKey } from "@/lib/action/form-action";
import { uploadAllowance } from "@/lib/attachments/upload-allowance";
import { memberPage } from "@/lib/auth/page-guards";
import { findMemberCaseView } from "@/lib/cases/status-view";
import { requestContext } from "@/lib/http/request-context";
import { caseKindKey } from "@/lib/i18n/case-kind";

type TProps = { params: Promise<{ number: string }> };

// The status page's own actions: they act through the applicant's status link, which the view carries.
const ACTIONS = {
  addInformation: addInformationForm,
  rateAnswer: rateAnswerForm,
  reissueLink: reissueStatusLinkForm,
};

/** A case number from the address; null when the address is not one (a stray "%"). */
function caseNumberOf(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations();
  const number = caseNumberOf((await params).number) ?? "";
  return {
    title: t(caseKindKey(number, "title"), { number }),
    robots: { index: false, follow: false },
  };
}

/** A signed-in member's own case, as its status page shows it; any other number is not found. */
export default async function MemberCasePage({ params }: TProps) {
  const segment = (await params).number;
  const user = await memberPage(`/account/cases/${segment}`);
  const number = caseNumberOf(segment);
  const found = number ? await findMemberCaseView(user.id, number) : null;
  if (!found) notFound();
  const { view, token } = found;
  const [t, ta, idempotencyKey] = await Promise.all([
    getTranslations(),
    getTranslations("club.account"),
    newIdempotencyKey(),
  ]);
  const allowance =
    view.canAddInformation && token
      ? await uploadAllowance({ caseId: view.caseId, ip: (await requestContext()).ip })
      : null;
  return (
    <InfoPage
      title={<KeepWhole text={t(caseKindKey(view.number, "title"), { number: view.number })} part={view.number} />}
    >
      <Link href="/account" className="self-start text-brand-700 underline">
        {ta("backToAccount")}
      </Link>
      <CaseStatusView
        view={view}
        token={token}
        allowance={allowance}
        actions={ACTIONS}
        idempotencyKey={idempotencyKey}
      />
    </InfoPage>
  );
}
