import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { InfoPage } from "@/components/layout/info-page";
import { staffPage } from "@/lib/auth/page-guards";
import { countOpenCases } from "@/lib/cases/count-open-cases";

export default async function ConsoleHomePage() {
  const user = await staffPage("/console");
  const [t, counts] = await Promise.all([getTranslations(), countOpenCases(user)]);
  const link = "text-brand-700 underline";
  return (
    <InfoPage
      title={t("console.title")}
      lead={t("console.welcome", { name: user.name, role: t(`roles.${user.role}`) })}
    >
      <section aria-labelledby="cases-heading" className="rounded-xl border border-line p-5">
        <h2 id="cases-heading" className="mb-2 text-lg font-semibold">
          {t("console.cases")}
        </h2>
        <p>{t("console.openCases", { count: counts.open })}</p>
        <p>
          <Link href="/console/cases?due=overdue" className={link}>
            {t("console.overdueCases", { count: counts.overdue })}
          </Link>
        </p>
        <p>{t("console.pausedCases", { count: counts.paused })}</p>
        <p>
          <Link href="/console/cases?news=1" className={link}>
            {t("console.newsCases", { count: counts.news })}
          </Link>
        </p>
      </section>
    </InfoPage>
  );
}
