import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CaseStatusPage } from "@/app/(public)/status/[token]/case-status-page";
import { memberPage } from "@/lib/auth/page-guards";
import { findMemberCaseView } from "@/lib/cases/status-view";
import { caseKindKey } from "@/lib/i18n/case-kind";

type TProps = { params: Promise<{ number: string }> };

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
  const ta = await getTranslations("club.account");
  return (
    <CaseStatusPage view={found.view} token={found.token}>
      <Link href="/account" className="self-start text-brand-700 underline">
        {ta("backToAccount")}
      </Link>
    </CaseStatusPage>
  );
}
