import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { buttonVariants } from "@/components/ui/button";

export default async function HomePage() {
  const t = await getTranslations("home");
  const entries = [
    { title: t("clubTitle"), text: t("clubText"), action: t("clubAction"), href: "/club" },
    { title: t("complaintTitle"), text: t("complaintText"), action: t("complaintAction"), href: "/complaints/new" },
    { title: t("claimTitle"), text: t("claimText"), action: t("claimAction"), href: "/claims/new" },
  ];
  return (
    <div className="flex flex-col gap-10">
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-brand-800 sm:text-4xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-muted">{t("lead")}</p>
      </section>
      <ul className="grid gap-4 sm:grid-cols-3">
        {entries.map((entry) => (
          <li key={entry.href} className="flex flex-col gap-3 rounded-xl border border-line p-5">
            <h2 className="text-xl font-semibold">{entry.title}</h2>
            <p className="flex-1 text-muted">{entry.text}</p>
            <Link href={entry.href} className={buttonVariants({ variant: "secondary" })}>
              {entry.action}
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="deadlines" className="rounded-xl bg-brand-50 p-5">
        <h2 id="deadlines" className="mb-2 text-lg font-semibold">
          {t("deadlinesTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-muted">
          <li>{t("deadlineAppeal")}</li>
          <li>{t("deadlineClaim")}</li>
        </ul>
      </section>
    </div>
  );
}
