import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { RateOfficeForm } from "@/components/cases/office-feedback-form";
import { InfoPage } from "@/components/layout/info-page";

import { rateOfficeForm } from "../../complaints/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("rateTitle") };
}

export default async function RateOfficePage() {
  const t = await getTranslations("desk");
  return (
    <InfoPage title={t("rateTitle")} lead={t("rateLead")}>
      <RateOfficeForm action={rateOfficeForm} />
    </InfoPage>
  );
}
