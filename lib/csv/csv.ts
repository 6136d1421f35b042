import { localDateTime, OPERATOR_TIME_ZONE } from "@/lib/time/operator-day";

/**
 * One cell of a CSV file: text is written as it is (made safe), numbers as numbers, a moment as the operator's
 * local date and time, null and undefined empty.
 */
export type TCsvCell = string | number | Date | null | undefined;

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8 (Excel guesses otherwise). */
export const CSV_BOM = "\uFEFF";

// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"); tab and carriage
// return are on OWASP's list too, since some programs strip them before looking.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * A text cell made safe for spreadsheets: a leading apostrophe stops a formula, and the cell is quoted
 * (doubling inner quotes) when it holds a separator, a quote, a line break or edge spaces (RFC 4180).
 * Numbers are our own figures, never input, so a negative number stays a number.
 */
export function csvCell(value: TCsvCell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return csvDateTime(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A moment as the staff read it on screen, in the operator's zone («2026-12-04 14:05»): a spreadsheet reads it
 * as a date and time, and the column's header names the zone (zonedHeader), so no one has to guess it is not UTC.
 */
export function csvDateTime(instant: Date): string {
  return localDateTime(instant).replace("T", " ");
}

/** A header of a column of the operator's dates or times, naming the zone they are in. */
export function zonedHeader(label: string): string {
  return `${label} (${OPERATOR_TIME_ZONE})`;
}

/** One row as a CSV line: comma separated, ending with CRLF. */
function csvLine(row: readonly TCsvCell[]): string {
  return `${row.map(csvCell).join(",")}\r\n`;
}

/** Rows (the first one usually the header) as CSV text: comma separated, CRLF line ends, no BOM. */
export function toCsv(rows: readonly (readonly TCsvCell[])[]): string {
  return rows.map(csvLine).join("");
}

/** The headers of a CSV download; the file name in UTF-8 (RFC 5987) with an ASCII fallback. */
function csvHeaders(fileName: string): HeadersInit {
  const asciiName = fileName.replace(/[^\w.-]+/g, "_");
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

/**
 * A CSV download: UTF-8 with a BOM, and the file name in UTF-8 (RFC 5987) with an ASCII fallback, so a
 * Cyrillic name survives every browser.
 */
export function csvResponse(fileName: string, rows: readonly (readonly TCsvCell[])[]): Response {
  return new Response(CSV_BOM + toCsv(rows), { headers: csvHeaders(fileName) });
}

/**
 * A CSV download written as its rows are read: batches of rows (the header first) from a generator that
 * fetches them page by page, so a file of a hundred thousand rows never sits whole in memory. The next batch
 * is read only when the client has taken the last one; a client that goes away stops the generator.
 */
export function csvStreamResponse(
  fileName: string,
  batches: AsyncGenerator<readonly (readonly TCsvCell[])[]>,
): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(toCsv(next.value)));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(body, { headers: csvHeaders(fileName) });
}
