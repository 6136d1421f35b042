import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ClaimForm } from "@/components/cases/claim-form";
import { InfoPage } from "@/components/layout/info-page";
import { ClientTexts } from "@/lib/i18n/client-texts";

import { fileClaimAction } from "../../complaints/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("claimTitle") };
}

export default async function NewClaimPage() {
  const t = await getTranslations("desk");
  return (
    <InfoPage title={t("claimTitle")} lead={t("claimLead")}>
      <p className="rounded-lg bg-brand-50 p-4">{t("claimWindow")}</p>
      <ClientTexts namespaces={["filing", "claimForm"]}>
        <ClaimForm action={fileClaimAction} />
      </ClientTexts>
    </InfoPage>
  );
}
