import type { TCsvCell } from "@/lib/csv/csv";
import { formatDate } from "@/lib/i18n/format-date";
import { OPERATOR_TIME_ZONE } from "@/lib/time/zone";

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A report's figures as a table: each row named by its first cell, headed by the columns. */
export function ReportTable({
  caption,
  columns,
  rows,
  locale,
}: {
  caption: string;
  columns: string[];
  rows: TCsvCell[][];
  locale: string;
}) {
  const format = new Intl.NumberFormat(locale === "en" ? "en-GB" : "ru-RU", { maximumFractionDigits: 2 });
  // Names read from the left, figures line up on the right.
  const isText = columns.map((_, index) => index === 0 || rows.some((row) => typeof row[index] !== "number"));
  // The file writes moments and days (a week's Monday) for a spreadsheet; the page, as the rest of the console.
  const show = (cell: TCsvCell) =>
    cell instanceof Date
      ? formatDate(cell, locale, { dateStyle: "medium", timeStyle: "short", timeZone: OPERATOR_TIME_ZONE })
      : typeof cell === "string" && CALENDAR_DAY.test(cell)
        ? formatDate(new Date(`${cell}T00:00:00Z`), locale, { dateStyle: "medium", timeZone: "UTC" })
        : typeof cell === "number"
          ? format.format(cell)
          : (cell ?? "—");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            {columns.map((column, index) => (
              <th
                key={column}
                scope="col"
                className={isText[index] ? "px-3 py-2 font-semibold first:pl-0" : "px-3 py-2 text-right font-semibold"}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-b border-line last:border-0">
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="py-2 pr-3 text-left font-normal">
                    {show(cell)}
                  </th>
                ) : (
                  <td key={index} className={isText[index] ? "px-3 py-2" : "px-3 py-2 text-right tabular-nums"}>
                    {show(cell)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
