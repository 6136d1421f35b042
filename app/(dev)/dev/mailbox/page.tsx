import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { InfoPage } from "@/components/layout/info-page";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ensureMailboxReader } from "@/lib/auth/mailbox-reader";
import { listCapturedMessages } from "@/lib/email/mailbox";
import { ZMailboxQuery } from "@/lib/email/schemas";

export async function generateMetadata(): Promise<Metadata> {
  await ensureMailboxReader();
  return { title: (await getTranslations("mailbox"))("title"), robots: { index: false } };
}

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The development mailbox: the mail the portal kept instead of sending (MAIL_TRANSPORT=mailbox), for this
 * machine and administrators only (ensureMailboxReader).
 */
export default async function MailboxPage({ searchParams }: { searchParams: TSearchParams }) {
  await ensureMailboxReader();
  const query = ZMailboxQuery.parse(await searchParams);
  const [t, format, { messages, total, page, pageCount }] = await Promise.all([
    getTranslations("mailbox"),
    getFormatter(),
    listCapturedMessages(query),
  ]);
  const pageHref = (target: number) =>
    `/dev/mailbox?${new URLSearchParams({ ...(query.to ? { to: query.to } : {}), page: String(target) })}`;

  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <form method="get" role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="flex flex-1 flex-col gap-1">
          <span className="font-medium">{t("recipient")}</span>
          <Input name="to" type="search" defaultValue={query.to} placeholder={t("recipientHint")} />
        </label>
        <Button type="submit">{t("find")}</Button>
        {query.to ? (
          <Link href="/dev/mailbox" className={buttonVariants({ variant: "ghost" })}>
            {t("showAll")}
          </Link>
        ) : null}
      </form>

      <p className="text-muted">{t("count", { total })}</p>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-xl border border-line">
          {messages.map((message) => (
            <li key={message.id}>
              <Link href={`/dev/mailbox/${message.id}`} className="flex flex-col gap-1 p-4 hover:bg-brand-50">
                <span className="font-semibold text-brand-700">{message.subject}</span>
                <span className="break-all text-sm text-muted">
                  {t("to")}: {message.to} ·{" "}
                  {format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "medium" })} · {message.template}{" "}
                  · {message.locale}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}

      {pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className={buttonVariants({ variant: "secondary", size: "sm" })}>
              {t("previous")}
            </Link>
          ) : null}
          <span className="text-muted">{t("page", { page, pageCount })}</span>
          {page < pageCount ? (
            <Link href={pageHref(page + 1)} className={buttonVariants({ variant: "secondary", size: "sm" })}>
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </InfoPage>
  );
}
