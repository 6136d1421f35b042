import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import type { TImportError } from "@/lib/loyalty/purchase-csv";

type TImport = { status: string; totalRows: number; appliedRows: number; duplicateRows: number; errors: unknown };

/** The outcome of a finished import: what was applied, or every rejected row with its line and column. */
export async function ImportReport({ result }: { result: TImport }) {
  const t = await getTranslations();
  const errors = (Array.isArray(result.errors) ? result.errors : []) as TImportError[];
  if (result.status === "APPLIED") {
    return (
      <Alert tone="success">
        {t("loyaltyConsole.import.applied", {
          applied: result.appliedRows,
          duplicates: result.duplicateRows,
          total: result.totalRows,
        })}
      </Alert>
    );
  }
  if (result.status === "FAILED") return <Alert tone="danger">{t("loyaltyConsole.import.failed")}</Alert>;
  return (
    <>
      <Alert tone="danger">{t("loyaltyConsole.import.rejected", { count: errors.length })}</Alert>
      {errors.length >= 1_000 ? <p className="text-sm text-muted">{t("loyaltyConsole.import.firstErrors")}</p> : null}
      <Table caption={t("loyaltyConsole.import.errorsCaption")} captionClassName="py-2 text-left text-lg font-semibold">
        <TableHead>
          <HeaderCell>{t("loyaltyConsole.import.line")}</HeaderCell>
          <HeaderCell>{t("loyaltyConsole.import.column")}</HeaderCell>
          <HeaderCell>{t("loyaltyConsole.import.purchaseId")}</HeaderCell>
          <HeaderCell>{t("loyaltyConsole.import.message")}</HeaderCell>
        </TableHead>
        <tbody>
          {errors.map((error, index) => (
            <Row key={`${error.line}-${error.column ?? ""}-${index}`}>
              <Cell className="font-mono">{error.line}</Cell>
              <Cell className="font-mono">{error.column ?? "—"}</Cell>
              <Cell className="font-mono break-all">{error.purchaseId ?? "—"}</Cell>
              <Cell>{t.has(error.message) ? t(error.message) : error.message}</Cell>
            </Row>
          ))}
        </tbody>
      </Table>
    </>
  );
}
