import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { ComplaintForm } from "@/components/cases/complaint-form";
import { InfoPage } from "@/components/layout/info-page";
import { listTopics } from "@/lib/cases/list-topics";
import { ClientTexts } from "@/lib/i18n/client-texts";
import { resolveLocale } from "@/lib/i18n/locales";

import { fileComplaintAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("complaintTitle") };
}

export default async function NewComplaintPage() {
  const [t, locale] = await Promise.all([getTranslations("desk"), getLocale()]);
  const topics = await listTopics(resolveLocale(locale));
  return (
    <InfoPage title={t("complaintTitle")} lead={t("complaintLead")}>
      <ClientTexts namespaces={["filing"]}>
        <ComplaintForm topics={topics} action={fileComplaintAction} />
      </ClientTexts>
    </InfoPage>
  );
}
