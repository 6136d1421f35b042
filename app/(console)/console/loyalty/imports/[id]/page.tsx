import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ImportProgress } from "@/components/loyalty/import-progress";
import { ImportReport } from "@/components/loyalty/import-report";
import { staffPage } from "@/lib/auth/page-guards";
import { getDateFormat } from "@/lib/i18n/date-format";
import { readPurchaseImport } from "@/lib/loyalty/purchase-import";
import { isUuid } from "@/lib/validation/uuid";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("loyaltyConsole.import"))("pageTitle") };
}

export default async function PurchaseImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await staffPage(`/console/loyalty/imports/${id}`, "loyalty.configure");
  const result = isUuid(id) ? await readPurchaseImport(id) : null;
  if (!result) notFound();
  const [t, format] = await Promise.all([getTranslations("loyaltyConsole.import"), getDateFormat()]);
  return (
    <article className="flex max-w-4xl flex-col gap-4">
      <Link href="/console/loyalty" className="self-start text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-3xl font-bold tracking-tight text-brand-800">{t("pageTitle")}</h1>
      <p>
        {t("fileLine", {
          fileName: result.fileName,
          date: format.dateTime(result.createdAt, { dateStyle: "medium", timeStyle: "short" }),
        })}
      </p>
      <p className="font-medium">{t("policy")}</p>
      {result.status === "RUNNING" ? (
        <ImportProgress
          id={result.id}
          initial={{ status: result.status, totalRows: result.totalRows, processedRows: result.processedRows }}
        />
      ) : (
        <ImportReport result={result} />
      )}
    </article>
  );
}
