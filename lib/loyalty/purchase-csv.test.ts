import { describe, expect, it } from "vitest";

import { cardNumberFromSerial } from "./card-number";
import { checkPurchaseRow, parsePurchaseCsv } from "./purchase-csv";

const card = cardNumberFromSerial(42);
const header = "purchase_id,card_number,amount_kopecks,category,office_postcode,purchased_at";

function check(content: string) {
  const { rows, fileErrors } = parsePurchaseCsv(content);
  return { fileErrors, results: rows.map(checkPurchaseRow) };
}

describe("purchases CSV", () => {
  it("reads rows by the header's names, in any order, with a BOM and CRLF line ends", () => {
    const content = `\uFEFFcategory,purchased_at,purchase_id,card_number,amount_kopecks,office_postcode\r\ngoods,2026-01-15T10:00:00+03:00,p-1,${card},150000,101000\r\n`;
    const { fileErrors, results } = check(content);
    expect(fileErrors).toEqual([]);
    expect(results).toEqual([
      {
        line: 2,
        purchase: {
          externalId: "p-1",
          cardNumber: card,
          amountKopecks: 150000,
          category: "goods",
          officePostcode: "101000",
          purchasedAt: "2026-01-15T10:00:00+03:00",
        },
      },
    ]);
  });

  it("reports each bad column of a row with its line, and an empty office postcode is fine", () => {
    const content = [
      header,
      `p-1,${card},100,goods,,2026-01-15T10:00:00Z`,
      `p-2,2700000000015,12.50,Goods!,,yesterday`,
    ].join("\n");
    const { results } = check(content);
    expect(results[0]).toMatchObject({ line: 2, purchase: { officePostcode: undefined } });
    expect(results[1]).toEqual([
      { line: 3, column: "card_number", purchaseId: "p-2", message: "loyalty.errors.cardNumber" },
      { line: 3, column: "amount_kopecks", purchaseId: "p-2", message: "loyalty.errors.amount" },
      { line: 3, column: "category", purchaseId: "p-2", message: "loyalty.errors.category" },
      { line: 3, column: "purchased_at", purchaseId: "p-2", message: "loyalty.errors.purchasedAt" },
    ]);
  });

  it("names a missing column, and a broken quote, as errors of the file", () => {
    expect(check("purchase_id,card_number\np-1,1").fileErrors.map((error) => error.column)).toEqual([
      "amount_kopecks",
      "category",
      "office_postcode",
      "purchased_at",
    ]);
    expect(check(`${header}\n"p-1,${card},100,goods,,2026-01-15T10:00:00Z`).fileErrors).toMatchObject([
      { message: "loyaltyConsole.importErrors.csvSyntax" },
    ]);
    expect(check("").fileErrors).toMatchObject([{ line: 1, message: "loyaltyConsole.importErrors.noHeader" }]);
  });
});
