import { getTranslations } from "next-intl/server";
import Link from "next/link";

import type { TActionResult } from "@/lib/action/action-result";
import { getDateFormat } from "@/lib/i18n/date-format";
import type { TStartPurchaseImport } from "@/lib/loyalty/console-schemas";
import { PURCHASE_CSV_COLUMNS } from "@/lib/loyalty/purchase-csv";
import type { listPurchaseImports } from "@/lib/loyalty/purchase-import";

import { ImportForm } from "./import-form";

type TImport = Awaited<ReturnType<typeof listPurchaseImports>>[number];

/** The CSV import of purchases: the file's format, the policy, the upload and the latest imports. */
export async function ImportSection({
  imports,
  action,
}: {
  imports: TImport[];
  action: (input: TStartPurchaseImport) => Promise<TActionResult<{ id: string }>>;
}) {
  const [t, format] = await Promise.all([getTranslations("loyaltyConsole.import"), getDateFormat()]);
  return (
    <section aria-labelledby="import-heading" className="flex flex-col gap-3">
      <h2 id="import-heading" className="text-2xl font-semibold">
        {t("title")}
      </h2>
      <p className="font-medium">{t("policy")}</p>
      <p>{t("format")}</p>
      <ul className="list-disc pl-6">
        {PURCHASE_CSV_COLUMNS.map((column) => (
          <li key={column}>
            <code className="font-mono">{column}</code> — {t(`columns.${column}`)}
          </li>
        ))}
      </ul>
      <p>{t("example")}</p>
      <pre className="overflow-x-auto rounded-lg bg-brand-50 p-3 text-sm">
        {`${PURCHASE_CSV_COLUMNS.join(",")}\nT-000123,2700000000014,150000,postal-services,101000,2026-03-01T12:30:00+03:00`}
      </pre>
      <p className="text-sm text-muted">{t("limits")}</p>
      <ImportForm action={action} />
      <h3 className="text-lg font-semibold">{t("recent")}</h3>
      {imports.length === 0 ? (
        <p className="text-muted">{t("recentEmpty")}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {imports.map((item) => (
            <li key={item.id}>
              <Link href={`/console/loyalty/imports/${item.id}`} className="text-brand-700 underline">
                {item.fileName}
              </Link>{" "}
              · {format.dateTime(item.createdAt, { dateStyle: "short", timeStyle: "short" })} ·{" "}
              {t(`statuses.${item.status}`)}
              {item.status === "APPLIED"
                ? ` · ${t("appliedShort", { applied: item.appliedRows, duplicates: item.duplicateRows })}`
                : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
