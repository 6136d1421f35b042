import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("title") };
}

export default async function ComplaintsPage() {
  const t = await getTranslations("complaints");
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <ul className="list-disc space-y-1 pl-5">
        {(t.raw("kinds") as string[]).map((kind) => (
          <li key={kind}>{kind}</li>
        ))}
      </ul>
    </InfoPage>
  );
}
