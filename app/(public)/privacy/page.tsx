import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";
import { getDateFormat } from "@/lib/i18n/date-format";
import { resolveLocale } from "@/lib/i18n/locales";
import { PRIVACY_POLICY, PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

export default async function PrivacyPage() {
  const [t, format, locale] = await Promise.all([getTranslations("privacy"), getDateFormat(), getLocale()]);
  const sections = PRIVACY_POLICY[resolveLocale(locale)];
  return (
    <InfoPage
      title={t("title")}
      lead={t("version", { date: format.dateTime(new Date(PRIVACY_POLICY_VERSION), { dateStyle: "long" }) })}
    >
      {sections.map((section) => (
        <section key={section.heading} className="flex flex-col gap-2">
          <h2 className="text-xl font-semibold">{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
    </InfoPage>
  );
}
