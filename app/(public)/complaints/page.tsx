import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { InfoPage } from "@/components/layout/info-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("title") };
}

export default async function ComplaintsPage() {
  const [t, desk] = await Promise.all([getTranslations("complaints"), getTranslations("desk")]);
  const entries = [
    { href: "/complaints/new", title: desk("complaintTitle"), text: desk("complaintLead") },
    { href: "/claims/new", title: desk("claimTitle"), text: desk("claimLead") },
    { href: "/offices/rate", title: desk("rateTitle"), text: desk("rateLead") },
    { href: "/offices/queue", title: desk("queueTitle"), text: desk("queueLead") },
  ];
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <ul className="grid gap-4 sm:grid-cols-2">
        {entries.map((entry) => (
          <li key={entry.href} className="rounded-xl border border-line p-5">
            <Link href={entry.href} className="text-lg font-semibold text-brand-700 underline underline-offset-2">
              {entry.title}
            </Link>
            <p className="mt-2 text-muted">{entry.text}</p>
          </li>
        ))}
      </ul>
    </InfoPage>
  );
}
