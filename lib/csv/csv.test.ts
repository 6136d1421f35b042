import { describe, expect, it } from "vitest";

import { CSV_BOM, csvCell, csvResponse, csvStreamResponse, toCsv, zonedHeader } from "./csv";

describe("csvCell", () => {
  it("writes plain text and numbers as they are, and nothing for null", () => {
    expect(csvCell("Москва")).toBe("Москва");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(12.5)).toBe("12.5");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("writes a moment as the operator's local date and time, and names the zone in the column's header", () => {
    // 11:05 UTC is 14:05 in Moscow; 22:30 UTC is already the next day there.
    expect(csvCell(new Date("2026-12-04T11:05:42Z"))).toBe("2026-12-04 14:05");
    expect(csvCell(new Date("2026-12-31T22:30:00Z"))).toBe("2027-01-01 01:30");
    expect(zonedHeader("Создано")).toBe("Создано (Europe/Moscow)");
  });

  it("quotes separators, quotes, line breaks and edge spaces, doubling inner quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('ООО "Ромашка"')).toBe('"ООО ""Ромашка"""');
    expect(csvCell("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("neutralises what a spreadsheet would run as a formula", () => {
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("+7 900 000-00-00")).toBe("'+7 900 000-00-00");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvCell("\t=cmd")).toBe("'\t=cmd");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("toCsv", () => {
  it("joins cells with commas and rows with CRLF, ending with a line break", () => {
    expect(
      toCsv([
        ["Тема", "Обращений"],
        ["Очередь", 3],
        ["=evil()", null],
      ]),
    ).toBe("Тема,Обращений\r\nОчередь,3\r\n'=evil(),\r\n");
  });
});

describe("csvResponse", () => {
  it("answers UTF-8 CSV with a BOM as an attachment named in UTF-8", async () => {
    const response = csvResponse("отчёт-темы.csv", [["a"], [1]]);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="_-_.csv"; filename*=UTF-8''${encodeURIComponent("отчёт-темы.csv")}`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(`${CSV_BOM}a\r\n1\r\n`);
  });
});

describe("csvStreamResponse", () => {
  it("writes each batch as it is read, after the BOM, with the download's headers", async () => {
    async function* batches() {
      yield [["Номер", "Тема"]];
      yield [
        ["Ж-1", "=очередь"],
        ["Ж-2", null],
      ];
      yield [["Ж-3", "a,b"]];
    }
    const response = csvStreamResponse("обращения.csv", batches());
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("обращения.csv")}`,
    );
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer())).toBe(
      `${CSV_BOM}Номер,Тема\r\nЖ-1,'=очередь\r\nЖ-2,\r\nЖ-3,"a,b"\r\n`,
    );
  });

  it("stops reading when the client goes away", async () => {
    let read = 0;
    let isClosed = false;
    async function* batches() {
      try {
        for (;;) yield [[++read]];
      } finally {
        isClosed = true;
      }
    }
    const reader = csvStreamResponse("big.csv", batches()).body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(isClosed).toBe(true);
    expect(read).toBeLessThan(5);
  });
});
