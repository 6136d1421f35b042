import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";
import { ConfirmMembershipForm } from "@/components/members/confirm-membership-form";

import { confirmMembershipAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("club.confirm"))("title"), referrer: "no-referrer" };
}

/**
 * The emailed confirmation link. Opening it changes nothing: mail scanners and link previews follow links,
 * so the membership is confirmed only by the button (a POST), once; a second press says it is done already.
 */
export default async function ConfirmMembershipPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("club.confirm");
  return (
    <InfoPage title={t("title")} lead={t("explain")}>
      <ConfirmMembershipForm token={token} action={confirmMembershipAction} />
    </InfoPage>
  );
}
