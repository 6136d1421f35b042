import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { InfoPage } from "@/components/layout/info-page";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isLinkJustReissued } from "@/lib/cases/reissued-link-cookie";
import { findStatusView } from "@/lib/cases/status-view";

import { CaseStatusPage } from "./case-status-page";

// The address is a secret: keep it out of search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function StatusLinkPage({ params }: PageProps<"/status/[token]">) {
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
  return <CaseStatusPage view={view} token={token} />;
}
