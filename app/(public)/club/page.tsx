import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("club"))("title") };
}

export default async function ClubPage() {
  const t = await getTranslations("club");
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <ul className="list-disc space-y-1 pl-5">
        {(t.raw("benefits") as string[]).map((benefit) => (
          <li key={benefit}>{benefit}</li>
        ))}
      </ul>
      <p className="text-muted">{t("who")}</p>
    </InfoPage>
  );
}
