import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Fragment } from "react";

import { InfoPage } from "@/components/layout/info-page";
import { buttonVariants } from "@/components/ui/button";
import { ensureMailboxReader } from "@/lib/auth/mailbox-reader";
import { getCapturedMessage } from "@/lib/email/mailbox";

export async function generateMetadata(): Promise<Metadata> {
  await ensureMailboxReader();
  return { title: (await getTranslations("mailbox"))("title"), robots: { index: false } };
}

/**
 * One kept email — its headers, links, HTML part (sandboxed) and text part — for this machine and
 * administrators only (ensureMailboxReader).
 */
export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await ensureMailboxReader();
  const message = await getCapturedMessage((await params).id);
  if (!message) notFound();
  const [t, format] = await Promise.all([getTranslations("mailbox"), getFormatter()]);

  return (
    <InfoPage title={message.subject}>
      <Link href="/dev/mailbox" className={buttonVariants({ variant: "ghost", size: "sm", className: "self-start" })}>
        ← {t("back")}
      </Link>

      <section className="flex flex-col gap-2">
        <h2 className="text-xl font-semibold">{t("headers")}</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {message.headers.map(([name, value]) => (
            <Fragment key={name}>
              <dt className="font-medium">{name}</dt>
              <dd className="break-all">{value}</dd>
            </Fragment>
          ))}
          <dt className="font-medium">{t("received")}</dt>
          <dd>{format.dateTime(message.createdAt, { dateStyle: "long", timeStyle: "medium" })}</dd>
          <dt className="font-medium">{t("template")}</dt>
          <dd>{message.template}</dd>
          <dt className="font-medium">{t("language")}</dt>
          <dd>{message.locale}</dd>
        </dl>
      </section>

      {message.links.length > 0 ? (
        <section className="flex flex-col gap-2">
          <h2 className="text-xl font-semibold">{t("links")}</h2>
          <ul className="flex flex-col gap-1">
            {message.links.map((href) => (
              <li key={href}>
                <a href={href} className="break-all text-brand-700 underline">
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="flex flex-col gap-2">
        <h2 className="text-xl font-semibold">{t("html")}</h2>
        {/* An empty sandbox: the email's HTML runs no script and cannot reach this page or its cookies. */}
        <iframe
          title={t("htmlFrame", { subject: message.subject })}
          srcDoc={message.html}
          sandbox=""
          className="h-[36rem] w-full rounded-xl border border-line bg-white"
        />
      </section>

      <section className="flex flex-col gap-2">
        <h2 className="text-xl font-semibold">{t("text")}</h2>
        <pre className="whitespace-pre-wrap break-words rounded-xl bg-brand-50 p-4 font-sans text-sm">
          {message.text}
        </pre>
      </section>
    </InfoPage>
  );
}
