import { describe, expect, it } from "vitest";

import { fileNameFor, MAX_FILE_NAME_LENGTH, sanitiseFileName } from "./file-name";

describe("sanitiseFileName", () => {
  it.each([
    ["Фото посылки.jpg", "Фото посылки.jpg"],
    ["C:\\Users\\Иван\\Desktop\\квитанция.pdf", "квитанция.pdf"],
    ["/home/ivan/../../etc/passwd", "passwd"],
    ["../../секрет.png", "секрет.png"],
    ["..", "file"],
    ["", "file"],
    ["   ", "file"],
    [".hidden.pdf", "hidden.pdf"],
    ["scan.pdf. . .", "scan.pdf"],
    ["bad\u0000name\u0007.png", "badname.png"],
    ["invoice\u202Egpj.exe", "invoicegpj.exe"],
    ["line\nbreak\ttab.jpg", "line break tab.jpg"],
    ['a<b>c:"d"|e?f*.pdf', "a_b_c__d__e_f_.pdf"],
  ])("%j → %j", (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it("composes letters that macOS sends decomposed", () => {
    // "Й" as И + combining breve (NFD), as Safari on macOS sends file names.
    expect(sanitiseFileName("\u0418\u0306огурт.jpg")).toBe("\u0419огурт.jpg");
  });

  it("shortens long names but keeps the extension", () => {
    const name = sanitiseFileName(`${"Очень длинное название ".repeat(20)}.pdf`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith(".pdf")).toBe(true);
    expect(name.startsWith("Очень длинное название")).toBe(true);
  });

  it("never splits a character made of two UTF-16 units", () => {
    const name = sanitiseFileName(`${"😀".repeat(200)}.jpg`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    expect(name.endsWith("😀.jpg")).toBe(true);
  });
});

describe("fileNameFor", () => {
  it.each([
    ["photo.jpg", "image/jpeg", "photo.jpg"],
    ["PHOTO.JPEG", "image/jpeg", "PHOTO.JPEG"],
    ["IMG_0042.HEIC", "image/heic", "IMG_0042.HEIC"],
    ["photo.jpg", "image/png", "photo.png"],
    ["скан", "application/pdf", "скан.pdf"],
    ["report.docx", "application/pdf", "report.docx.pdf"],
    ["версия 1.5", "application/pdf", "версия 1.5.pdf"],
  ] as const)("%s as %s → %s", (raw, type, expected) => {
    expect(fileNameFor(raw, type)).toBe(expected);
  });

  it("keeps the corrected extension when the name is at the length limit", () => {
    const name = fileNameFor(`${"ж".repeat(MAX_FILE_NAME_LENGTH)}`, "application/pdf");
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith("ж.pdf")).toBe(true);
  });
});
