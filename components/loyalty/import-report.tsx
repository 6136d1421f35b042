import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import type { TImportError } from "@/lib/loyalty/purchase-csv";

type TImport = { status: string; totalRows: number; appliedRows: number; duplicateRows: number; errors: unknown };

/** The outcome of a finished import: what was applied, or every rejected row with its line and column. */
export async function ImportReport({ result }: { result: TImport }) {
  const t = await getTranslations();
  const errors = (Array.isArray(result.errors) ? result.errors : []) as TImportError[];
  if (result.status === "APPLIED") {
    return (
      <Alert tone="success">
        {t("loyaltyConsole.import.applied", { applied: result.appliedRows, duplicates: result.duplicateRows, total: result.totalRows })}
      </Alert>
    );
  }
  if (result.status === "FAILED") return <Alert tone="danger">{t("loyaltyConsole.import.failed")}</Alert>;
  return (
    <>
      <Alert tone="danger">{t("loyaltyConsole.import.rejected", { count: errors.length })}</Alert>
      {errors.length >= 1_000 ? <p className="text-sm text-muted">{t("loyaltyConsole.import.firstErrors")}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="py-2 text-left text-lg font-semibold">{t("loyaltyConsole.import.errorsCaption")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">{t("loyaltyConsole.import.line")}</th>
              <th scope="col" className="py-2 pr-3">{t("loyaltyConsole.import.column")}</th>
              <th scope="col" className="py-2 pr-3">{t("loyaltyConsole.import.purchaseId")}</th>
              <th scope="col" className="py-2">{t("loyaltyConsole.import.message")}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={`${error.line}-${error.column ?? ""}-${index}`} className="border-b border-line">
                <td className="py-2 pr-3 font-mono">{error.line}</td>
                <td className="py-2 pr-3 font-mono">{error.column ?? "—"}</td>
                <td className="py-2 pr-3 font-mono break-all">{error.purchaseId ?? "—"}</td>
                <td className="py-2">{t.has(error.message) ? t(error.message) : error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
