import { Link, Section, Text } from "@react-email/components";

import type { TLocale } from "@/lib/i18n/locales";

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

const TEXTS = {
  ru: {
    subject: (date: string, c: TDeadlineDigestData["counts"]) =>
      `Сроки на ${date}: просрочено ${c.overdue}, сегодня ${c.dueToday}, в ближайшие 3 дня ${c.dueSoon}`,
    heading: (date: string) => `Сроки ответов на ${date}`,
    overdue: (count: number) => `Просрочено: ${count}`,
    dueToday: (count: number) => `Срок сегодня: ${count}`,
    dueSoon: (count: number) => `Срок в ближайшие 3 дня: ${count}`,
    due: "срок",
    more: (count: number) => `…и ещё ${count} в консоли.`,
    action: "Открыть консоль",
  },
  en: {
    subject: (date: string, c: TDeadlineDigestData["counts"]) =>
      `Deadlines for ${date}: ${c.overdue} overdue, ${c.dueToday} due today, ${c.dueSoon} due within 3 days`,
    heading: (date: string) => `Answer deadlines for ${date}`,
    overdue: (count: number) => `Overdue: ${count}`,
    dueToday: (count: number) => `Due today: ${count}`,
    dueSoon: (count: number) => `Due within 3 days: ${count}`,
    due: "due",
    more: (count: number) => `…and ${count} more in the console.`,
    action: "Open the console",
  },
};

/** A titled list of cases with their deadlines and links, shared by the digest and the escalation email. */
export function DeadlineCaseList({ locale, title, cases, total }: { locale: TLocale; title: string; cases: TDeadlineCase[]; total: number }) {
  const t = TEXTS[locale];
  return (
    <Section>
      <Text style={{ fontWeight: 600, margin: "16px 0 4px" }}>{title}</Text>
      {cases.map((item) => (
        <Text key={item.number} style={{ margin: "2px 0" }}>
          <Link href={item.url}>{item.number}</Link> — {t.due} {item.dueDate}
        </Text>
      ))}
      {total > cases.length ? <Text style={{ margin: "2px 0" }}>{t.more(total - cases.length)}</Text> : null}
    </Section>
  );
}

function DeadlineDigestEmail({ locale, data }: { locale: TLocale; data: TDeadlineDigestData }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.subject(data.date, data.counts)}>
      <EmailHeading>{t.heading(data.date)}</EmailHeading>
      <DeadlineCaseList locale={locale} title={t.overdue(data.counts.overdue)} cases={data.overdue} total={data.counts.overdue} />
      <DeadlineCaseList locale={locale} title={t.dueToday(data.counts.dueToday)} cases={data.dueToday} total={data.counts.dueToday} />
      <DeadlineCaseList locale={locale} title={t.dueSoon(data.counts.dueSoon)} cases={data.dueSoon} total={data.counts.dueSoon} />
      <EmailAction locale={locale} href={data.consoleUrl}>
        {t.action}
      </EmailAction>
    </EmailLayout>
  );
}

export function deadlineDigestEmail(locale: TLocale, data: TDeadlineDigestData): TEmailContent {
  return { subject: TEXTS[locale].subject(data.date, data.counts), element: <DeadlineDigestEmail locale={locale} data={data} /> };
}
