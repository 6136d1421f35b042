import { describe, expect, it } from "vitest";

import { inspectUploads } from "./inspect-uploads";
import { ATTACHMENT_LIMITS } from "./limits";
import { exe, fileOf, ftyp, html, jpeg1x1, minimalPdf, png1x1 } from "./test-fixtures";

describe("inspectUploads", () => {
  it("accepts photos and scans, judging each by its content", async () => {
    const result = await inspectUploads([
      fileOf(jpeg1x1(), "фото.jpg", "image/jpeg"),
      fileOf(png1x1(), "photo.jpg", "image/jpeg"),
      fileOf(ftyp("heic", "mif1", "heic"), "IMG_0001.HEIC"),
      fileOf(minimalPdf(), "C:\\fakepath\\квитанция", "application/octet-stream"),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files.map(({ fileName, contentType }) => [fileName, contentType])).toEqual([
      ["фото.jpg", "image/jpeg"],
      ["photo.png", "image/png"],
      ["IMG_0001.HEIC", "image/heic"],
      ["квитанция.pdf", "application/pdf"],
    ]);
    expect(result.files[0].size).toBe(jpeg1x1().length);
  });

  it.each([
    ["an HTML page named photo.jpg", fileOf(html(), "photo.jpg", "image/jpeg")],
    ["a program named scan.png", fileOf(exe(), "scan.png", "image/png")],
    ["a video", fileOf(ftyp("isom", "mp42"), "video.heic")],
  ])("refuses %s whatever its name and claimed type", async (_, file) => {
    expect(await inspectUploads([file])).toEqual({
      ok: false,
      errors: [{ fileName: file.name, messageKey: "attachments.typeNotAllowed", values: { name: file.name } }],
    });
  });

  it("refuses an empty file", async () => {
    expect(await inspectUploads([fileOf(new Uint8Array(), "пусто.jpg")])).toEqual({
      ok: false,
      errors: [{ fileName: "пусто.jpg", messageKey: "attachments.empty", values: { name: "пусто.jpg" } }],
    });
  });

  it("refuses a file over 10 MB, and accepts one of exactly 10 MB", async () => {
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(png1x1());
    expect(await inspectUploads([fileOf(big, "big.png")])).toEqual({
      ok: false,
      errors: [{ fileName: "big.png", messageKey: "attachments.tooLarge", values: { name: "big.png", maxMb: 10 } }],
    });
    const limit = new Uint8Array(ATTACHMENT_LIMITS.maxBytes);
    limit.set(png1x1());
    expect((await inspectUploads([fileOf(limit, "limit.png")])).ok).toBe(true);
  });

  it("refuses more than five files", async () => {
    const six = Array.from({ length: 6 }, (_, i) => fileOf(png1x1(), `${i}.png`));
    expect(await inspectUploads(six)).toEqual({
      ok: false,
      errors: [{ fileName: "", messageKey: "attachments.tooMany", values: { max: 5 } }],
    });
    expect((await inspectUploads(six.slice(0, 5))).ok).toBe(true);
  });

  it("reports every problem at once, with the names as they will be shown", async () => {
    const result = await inspectUploads([
      fileOf(png1x1(), "хорошее.png"),
      fileOf(html(), "../../плохое\u202E.jpg"),
      fileOf(new Uint8Array(), "пустое.pdf"),
    ]);
    expect(result.ok ? [] : result.errors.map((e) => [e.fileName, e.messageKey])).toEqual([
      ["плохое.jpg", "attachments.typeNotAllowed"],
      ["пустое.pdf", "attachments.empty"],
    ]);
  });

  it("ignores the empty part a browser sends for a file field left empty", async () => {
    expect(await inspectUploads([new File([], "")])).toEqual({ ok: true, files: [] });
    expect(await inspectUploads([])).toEqual({ ok: true, files: [] });
  });
});
