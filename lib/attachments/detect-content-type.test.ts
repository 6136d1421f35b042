import { describe, expect, it } from "vitest";

import { detectContentType } from "./detect-content-type";
import { exe, ftyp, html, jpeg1x1, minimalPdf, png1x1, svg } from "./test-fixtures";

describe("detectContentType", () => {
  it.each([
    ["a 1×1 PNG", png1x1(), "image/png"],
    ["a 1×1 JPEG", jpeg1x1(), "image/jpeg"],
    ["a one-page PDF", minimalPdf(), "application/pdf"],
    ["an iPhone HEIC (ftyp heic)", ftyp("heic", "mif1", "heic"), "image/heic"],
    ["a HEIC burst (ftyp hevc)", ftyp("hevc", "msf1", "hevc"), "image/heic"],
    ["an Android HEIF (ftyp mif1 with heic)", ftyp("mif1", "mif1", "heic"), "image/heic"],
    ["a generic HEIF (ftyp mif1 only)", ftyp("mif1", "mif1"), "image/heic"],
  ] as const)("recognises %s", (_, content, type) => {
    expect(detectContentType(content)).toBe(type);
  });

  it.each([
    ["HTML", html()],
    ["SVG with a script", svg()],
    ["a Windows executable", exe()],
    ["an MP4 video", ftyp("isom", "isom", "mp42")],
    ["an AVIF image", ftyp("avif", "mif1", "miaf")],
    ["an AVIF with a generic major brand", ftyp("mif1", "mif1", "avif")],
    ["an empty file", new Uint8Array()],
    ["a PDF after leading junk", new TextEncoder().encode("<html>%PDF-1.4")],
    ["half a PNG signature", png1x1().slice(0, 4)],
  ])("refuses %s", (_, content) => {
    expect(detectContentType(content)).toBeNull();
  });

  it("reads a signature from a view into a larger buffer", () => {
    const buffer = new Uint8Array(64);
    buffer.set(ftyp("heic", "mif1"), 8);
    expect(detectContentType(buffer.subarray(8))).toBe("image/heic");
  });
});
