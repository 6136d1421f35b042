/**
 * Real, minimal files for the attachment tests, built byte by byte: a 1×1 PNG, a 1×1 baseline JPEG, a
 * one-page PDF, HEIF-family headers, and the things people try to pass off as photos.
 */
import { crc32, deflateSync } from "node:zlib";

function bytes(...parts: (number[] | Uint8Array | string)[]): Uint8Array<ArrayBuffer> {
  const chunks = parts.map((part) =>
    typeof part === "string" ? new TextEncoder().encode(part) : Uint8Array.from(part),
  );
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typed = bytes(type, data);
  return bytes(uint32(data.length), typed, uint32(crc32(typed)));
}

/** A valid 1×1 white PNG (8-bit greyscale). */
export function png1x1(): Uint8Array<ArrayBuffer> {
  const header = bytes(uint32(1), uint32(1), [8, 0, 0, 0, 0]);
  const pixels = deflateSync(Uint8Array.from([0, 0xff])); // filter byte, one grey pixel
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk("IHDR", header),
    pngChunk("IDAT", pixels),
    pngChunk("IEND", new Uint8Array()),
  );
}

/** A 1×1 greyscale baseline JPEG: JFIF header, flat quantisation table, one DC-only Huffman table, EOI. */
export function jpeg1x1(): Uint8Array<ArrayBuffer> {
  return bytes(
    [0xff, 0xd8], // SOI
    [0xff, 0xe0, 0x00, 0x10],
    "JFIF",
    [0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00],
    [0xff, 0xdb, 0x00, 0x43, 0x00],
    new Array(64).fill(1), // DQT
    [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00], // SOF0 1×1, one component
    [0xff, 0xc4, 0x00, 0x14, 0x00, 0x01],
    new Array(15).fill(0),
    [0x00], // DHT DC: one code of length 1
    [0xff, 0xc4, 0x00, 0x14, 0x10, 0x01],
    new Array(15).fill(0),
    [0x00], // DHT AC: EOB only
    [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00], // SOS
    [0x3f], // DC difference 0 and end of block (two 0 bits), padded with 1 bits
    [0xff, 0xd9], // EOI
  );
}

/** A one-page PDF with a correct cross-reference table. */
export function minimalPdf(): Uint8Array<ArrayBuffer> {
  const objects = [
    "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n",
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n",
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object) => {
    const offset = body.length;
    body += object;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer<</Size 4/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return bytes(body);
}

/** The leading ftyp box of an ISO-BMFF file with the given brands (major first), and a little more. */
export function ftyp(major: string, ...compatible: string[]): Uint8Array<ArrayBuffer> {
  const box = bytes(uint32(16 + 4 * compatible.length), "ftyp", major, uint32(0), ...compatible);
  return bytes(box, uint32(8), "free");
}

export const html = (): Uint8Array<ArrayBuffer> => bytes("<!doctype html><script>alert(document.cookie)</script>");
export const svg = (): Uint8Array<ArrayBuffer> => bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
export const exe = (): Uint8Array<ArrayBuffer> =>
  bytes("MZ", [0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], new Array(52).fill(0), "PE");

/** A File as a browser would send it in a form. */
export function fileOf(content: Uint8Array<ArrayBuffer>, name: string, type = ""): File {
  return new File([content], name, { type });
}
