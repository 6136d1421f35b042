import { Link, Section, Text } from "@react-email/components";

import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, type TEmailContent } from "./layout";

/** A case in a deadline email: its number, its deadline (formatted in Moscow time) and its console page. */
export type TDeadlineCase = { number: string; dueDate: string; url: string };

export type TDeadlineDigestData = {
  /** The day of the digest, formatted. */
  date: string;
  counts: { overdue: number; dueToday: number; dueSoon: number };
  /** The most urgent cases of each group, earliest deadline first. */
  overdue: TDeadlineCase[];
  dueToday: TDeadlineCase[];
  dueSoon: TDeadlineCase[];
  consoleUrl: string;
};

/** A titled list of cases with their deadlines and links, shared by the digest and the escalation email. */
export function DeadlineCaseList({
  locale,
  title,
  cases,
  total,
}: {
  locale: TLocale;
  title: string;
  cases: TDeadlineCase[];
  total: number;
}) {
  const t = emailTexts(locale, "deadlineDigest");
  return (
    <Section>
      <Text style={{ fontWeight: 600, margin: "16px 0 4px" }}>{title}</Text>
      {cases.map((item) => (
        <Text key={item.number} style={{ margin: "2px 0" }}>
          <Link href={item.url}>{item.number}</Link> — {t("due")} {item.dueDate}
        </Text>
      ))}
      {total > cases.length ? (
        <Text style={{ margin: "2px 0" }}>{t("more", { count: total - cases.length })}</Text>
      ) : null}
    </Section>
  );
}

function DeadlineDigestEmail({ locale, data }: { locale: TLocale; data: TDeadlineDigestData }) {
  const t = emailTexts(locale, "deadlineDigest");
  return (
    <EmailLayout locale={locale} preview={t("subject", { date: data.date, ...data.counts })}>
      <EmailHeading>{t("heading", { date: data.date })}</EmailHeading>
      <DeadlineCaseList
        locale={locale}
        title={t("overdue", { count: data.counts.overdue })}
        cases={data.overdue}
        total={data.counts.overdue}
      />
      <DeadlineCaseList
        locale={locale}
        title={t("dueToday", { count: data.counts.dueToday })}
        cases={data.dueToday}
        total={data.counts.dueToday}
      />
      <DeadlineCaseList
        locale={locale}
        title={t("dueSoon", { count: data.counts.dueSoon })}
        cases={data.dueSoon}
        total={data.counts.dueSoon}
      />
      <EmailAction locale={locale} href={data.consoleUrl}>
        {emailTexts(locale, "common")("openConsole")}
      </EmailAction>
    </EmailLayout>
  );
}

export function deadlineDigestEmail(locale: TLocale, data: TDeadlineDigestData): TEmailContent {
  const subject = emailTexts(locale, "deadlineDigest")("subject", { date: data.date, ...data.counts });
  return { subject, element: <DeadlineDigestEmail locale={locale} data={data} /> };
}
