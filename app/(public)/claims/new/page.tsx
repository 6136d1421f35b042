import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ClaimForm } from "@/components/cases/claim-form";
import { InfoPage } from "@/components/layout/info-page";
import { newIdempotencyKey } from "@/lib/action/form-action";
import { ClientTexts, FORM_TEXT_NAMESPACES } from "@/lib/i18n/client-texts";

import { fileClaimForm } from "../../complaints/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("claimTitle") };
}

export default async function NewClaimPage() {
  const [t, idempotencyKey] = await Promise.all([getTranslations("desk"), newIdempotencyKey()]);
  return (
    <InfoPage title={t("claimTitle")} lead={t("claimLead")}>
      <p className="rounded-lg bg-brand-50 p-4">{t("claimWindow")}</p>
      <ClientTexts namespaces={[...FORM_TEXT_NAMESPACES, "filing", "claimForm"]}>
        <ClaimForm action={fileClaimForm} idempotencyKey={idempotencyKey} />
      </ClientTexts>
    </InfoPage>
  );
}
