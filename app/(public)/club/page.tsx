import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

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
      <div className="flex flex-wrap items-center gap-4">
        <Link
          href="/club/join"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 font-medium text-white hover:bg-brand-700"
        >
          {t("joinLink")}
        </Link>
        <Link href="/club/questionnaire" className="font-medium text-brand-700 underline">
          {t("printLink")}
        </Link>
      </div>
    </InfoPage>
  );
}
