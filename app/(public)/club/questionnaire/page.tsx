import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { PrintButton } from "@/components/club/print-button";
import { AGE_BANDS, CLUB_INTERESTS, CLUB_SERVICES, USAGE_FREQUENCIES } from "@/lib/club/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("club.print"))("title") };
}

function Line({ label }: { label: string }) {
  return (
    <div className="flex items-end gap-2 py-2">
      {/* A long label wraps, leaving room to write on a phone's printout too. */}
      <span>{label}:</span>
      <span className="min-w-16 flex-1 border-b border-ink" aria-hidden="true" />
    </div>
  );
}

function Boxes({ items }: { items: string[] }) {
  return (
    <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2 print:grid-cols-2">
      {items.map((item) => (
        <li key={item} className="flex items-center gap-2">
          <span className="inline-block size-4 shrink-0 border border-ink" aria-hidden="true" />
          {item}
        </li>
      ))}
    </ul>
  );
}

/** The questionnaire on paper, as in the original scheme: printed, filled in by hand, sent by email or post. */
export default async function PrintableQuestionnairePage() {
  const [tp, t] = await Promise.all([getTranslations("club.print"), getTranslations("club.join")]);
  return (
    <article className="questionnaire mx-auto flex max-w-3xl flex-col gap-5 p-4 print:max-w-none print:p-0">
      <style>{`@media print {
  header, footer, nav, .print\\:hidden { display: none !important; }
  body { background: #fff; color: #000; font-size: 11pt; }
  .questionnaire section { break-inside: avoid; }
  @page { margin: 15mm; }
}`}</style>
      <h1 className="text-2xl font-bold">{tp("title")}</h1>
      <p className="print:hidden">{tp("lead")}</p>
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={tp("print")} />
        <Link href="/club/join" className="font-medium text-brand-700 underline">
          {tp("online")}
        </Link>
      </div>
      <section>
        <h2 className="text-lg font-semibold">{t("aboutYou")}</h2>
        {(["lastName", "firstName", "email", "phone", "region", "city"] as const).map((key) => (
          <Line key={key} label={t(key)} />
        ))}
      </section>
      <section>
        <h2 className="text-lg font-semibold">{t("ageBand")}</h2>
        <Boxes items={AGE_BANDS.map((band) => t(`ageBands.${band}`))} />
        <p className="mt-2 text-sm">{t("parentText")}</p>
        <Line label={t("parentName")} />
      </section>
      <section>
        <h2 className="text-lg font-semibold">{t("usageFrequency")}</h2>
        <Boxes items={USAGE_FREQUENCIES.map((value) => t(`frequencies.${value}`))} />
      </section>
      <section>
        <h2 className="text-lg font-semibold">{t("services")}</h2>
        <Boxes items={CLUB_SERVICES.map((code) => t(`serviceNames.${code}`))} />
      </section>
      <section>
        <Line label={t("office")} />
      </section>
      <section>
        <h2 className="text-lg font-semibold">{t("interests")}</h2>
        <Boxes items={CLUB_INTERESTS.map((code) => t(`interestNames.${code}`))} />
      </section>
      <section>
        <h2 className="text-lg font-semibold">{t("ideas")}</h2>
        <div className="h-32 border border-ink" aria-hidden="true" />
      </section>
      <section>
        <h2 className="text-lg font-semibold">{t("ready")}</h2>
        <p className="text-sm">{t("readyHint")}</p>
        <Boxes items={[t("yes"), t("no")]} />
      </section>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("consents")}</h2>
        <Boxes items={[t("dataConsent")]} />
        <Boxes items={[t("newsConsent")]} />
        <Boxes items={[t("parentConsent")]} />
        <Line label={tp("signature")} />
        <Line label={tp("date")} />
      </section>
    </article>
  );
}
