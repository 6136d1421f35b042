import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ReportQueueForm } from "@/components/cases/office-feedback-form";
import { InfoPage } from "@/components/layout/info-page";

import { reportQueueForm } from "../../complaints/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("queueTitle") };
}

export default async function ReportQueuePage() {
  const t = await getTranslations("desk");
  return (
    <InfoPage title={t("queueTitle")} lead={t("queueLead")}>
      <ReportQueueForm action={reportQueueForm} />
    </InfoPage>
  );
}
