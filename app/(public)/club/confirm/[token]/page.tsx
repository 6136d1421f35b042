import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";
import { Alert } from "@/components/ui/alert";
import { confirmMembership } from "@/lib/club/membership";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("club.confirm"))("title"), referrer: "no-referrer" };
}

/** The emailed confirmation link: makes the member active once; a second visit says it is done already. */
export default async function ConfirmMembershipPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("club.confirm");
  const result = await confirmMembership(token);
  const isDone = result.status === "confirmed" || result.status === "already-confirmed";
  return (
    <InfoPage title={t("title")}>
      <Alert tone={isDone ? "success" : "danger"}>
        {result.status === "confirmed"
          ? t("confirmed", { cardNumber: result.cardNumber })
          : result.status === "already-confirmed"
            ? t("alreadyConfirmed")
            : t(result.status)}
      </Alert>
      {isDone ? (
        <Link href="/sign-in?callbackUrl=/account" className="self-start font-medium text-brand-700 underline">
          {t("signIn")}
        </Link>
      ) : (
        <Link href="/club/join" className="self-start font-medium text-brand-700 underline">
          {t("joinAgain")}
        </Link>
      )}
    </InfoPage>
  );
}
