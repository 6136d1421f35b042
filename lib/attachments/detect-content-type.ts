import type { TAttachmentType } from "./limits";

/** How many bytes from the start of a file the detection needs (an ISO-BMFF ftyp box with its brands). */
export const SNIFF_BYTES = 256;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

// HEIC proper (HEVC-coded images and sequences), and the generic HEIF brands phones also write as the
// major brand. AVIF shares the generic brands, so a file naming avif is not taken for HEIC.
const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);
const HEIF_BRANDS = new Set(["mif1", "msf1", "mif2"]);
const AVIF_BRANDS = new Set(["avif", "avis"]);

function startsWith(head: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((byte, index) => head[offset + index] === byte);
}

function ascii(head: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...head.subarray(start, end));
}

/** The brands of an ISO-BMFF file's leading ftyp box (major brand first), or [] when there is none. */
function ftypBrands(head: Uint8Array): string[] {
  if (head.length < 16 || ascii(head, 4, 8) !== "ftyp") return [];
  const boxSize = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(0);
  if (boxSize < 16) return [];
  const end = Math.min(boxSize, head.length);
  const brands = [ascii(head, 8, 12)];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(head, offset, offset + 4));
  return brands;
}

function isHeic(head: Uint8Array): boolean {
  const brands = ftypBrands(head);
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return true;
  return brands.some((brand) => HEIF_BRANDS.has(brand)) && !brands.some((brand) => AVIF_BRANDS.has(brand));
}

/**
 * The type of a file judged from its first bytes (at least SNIFF_BYTES of them when the file has that
 * many), or null when it is none of the accepted ones. The name and the type the browser claimed are never
 * consulted: both are the uploader's to choose. A PDF must start with "%PDF-"; readers tolerate leading
 * junk, but a file that is something else first is exactly what this check keeps out.
 */
export function detectContentType(head: Uint8Array): TAttachmentType | null {
  if (startsWith(head, JPEG_SIGNATURE)) return "image/jpeg";
  if (startsWith(head, PNG_SIGNATURE)) return "image/png";
  if (startsWith(head, PDF_SIGNATURE)) return "application/pdf";
  if (isHeic(head)) return "image/heic";
  return null;
}
