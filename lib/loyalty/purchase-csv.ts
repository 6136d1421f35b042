import { CsvError, parse } from "csv-parse/sync";

import { IMPORT_MAX_ROWS } from "./console-schemas";
import { ZPostPurchase, type TPostPurchase } from "./schemas";

/** The columns of a purchases CSV, in the order the template lists them; the header row names them. */
export const PURCHASE_CSV_COLUMNS = [
  "purchase_id",
  "card_number",
  "amount_kopecks",
  "category",
  "office_postcode",
  "purchased_at",
] as const;
type TColumn = (typeof PURCHASE_CSV_COLUMNS)[number];

const FIELD_COLUMNS: Record<keyof TPostPurchase, TColumn> = {
  externalId: "purchase_id",
  cardNumber: "card_number",
  amountKopecks: "amount_kopecks",
  category: "category",
  officePostcode: "office_postcode",
  purchasedAt: "purchased_at",
};

/** One problem found in the file: its line (the header is line 1), the column, and a catalogue key. */
export type TImportError = { line: number; column?: string; purchaseId?: string; message: string };

export type TCsvPurchase = { line: number; purchase: TPostPurchase };

export type TParsedPurchaseCsv = {
  rows: { line: number; cells: Record<TColumn, string> }[];
  fileErrors: TImportError[];
};

/**
 * Reads a purchases CSV (UTF-8, with or without a BOM, comma separated, a header row naming the columns in
 * any order). A file that cannot be read as CSV, lacks a column or has too many rows is one file error.
 */
export function parsePurchaseCsv(content: string): TParsedPurchaseCsv {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it ended in the file (its line); the typings miss that.
    records = parse(content, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      return { rows: [], fileErrors: [{ line, message: "loyaltyConsole.importErrors.csvSyntax" }] };
    }
    throw error;
  }
  if (records.length === 0)
    return { rows: [], fileErrors: [{ line: 1, message: "loyaltyConsole.importErrors.noHeader" }] };

  const header = records[0].record.map((name) => name.toLowerCase());
  const missing = PURCHASE_CSV_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return {
      rows: [],
      fileErrors: missing.map((column) => ({ line: 1, column, message: "loyaltyConsole.importErrors.missingColumn" })),
    };
  }
  if (records.length - 1 > IMPORT_MAX_ROWS) {
    return {
      rows: [],
      fileErrors: [{ line: IMPORT_MAX_ROWS + 2, message: "loyaltyConsole.importErrors.tooManyRows" }],
    };
  }
  const indexOf = Object.fromEntries(PURCHASE_CSV_COLUMNS.map((column) => [column, header.indexOf(column)])) as Record<
    TColumn,
    number
  >;
  const rows = records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(PURCHASE_CSV_COLUMNS.map((column) => [column, record[indexOf[column]] ?? ""])) as Record<
      TColumn,
      string
    >,
  }));
  return { rows, fileErrors: [] };
}

/** A row checked with the API's own schema: the purchase, or an error for each bad column. */
export function checkPurchaseRow(row: { line: number; cells: Record<TColumn, string> }): TCsvPurchase | TImportError[] {
  const { cells, line } = row;
  const amount = cells.amount_kopecks;
  const parsed = ZPostPurchase.safeParse({
    externalId: cells.purchase_id,
    cardNumber: cells.card_number,
    // Only plain digits are an amount: "12,50" or "1e3" must not slip through as a number.
    amountKopecks: /^\d{1,12}$/.test(amount) ? Number(amount) : amount,
    category: cells.category,
    officePostcode: cells.office_postcode || undefined,
    purchasedAt: cells.purchased_at,
  });
  if (parsed.success) return { line, purchase: parsed.data };
  const purchaseId = cells.purchase_id || undefined;
  const seen = new Set<string>();
  const errors: TImportError[] = [];
  for (const issue of parsed.error.issues) {
    const column = FIELD_COLUMNS[issue.path[0] as keyof TPostPurchase];
    if (seen.has(column)) continue;
    seen.add(column);
    errors.push({ line, column, purchaseId, message: issue.message });
  }
  return errors;
}
