import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { ComplaintForm } from "@/components/cases/complaint-form";
import { InfoPage } from "@/components/layout/info-page";
import { newIdempotencyKey } from "@/lib/action/form-action";
import { listTopics } from "@/lib/cases/list-topics";
import { ClientTexts, FORM_TEXT_NAMESPACES } from "@/lib/i18n/client-texts";
import { resolveLocale } from "@/lib/i18n/locales";

import { fileComplaintForm } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("complaintTitle") };
}

export default async function NewComplaintPage() {
  const [t, locale, idempotencyKey] = await Promise.all([getTranslations("desk"), getLocale(), newIdempotencyKey()]);
  const topics = await listTopics(resolveLocale(locale));
  return (
    <InfoPage title={t("complaintTitle")} lead={t("complaintLead")}>
      <ClientTexts namespaces={[...FORM_TEXT_NAMESPACES, "filing"]}>
        <ComplaintForm topics={topics} action={fileComplaintForm} idempotencyKey={idempotencyKey} />
      </ClientTexts>
    </InfoPage>
  );
}
