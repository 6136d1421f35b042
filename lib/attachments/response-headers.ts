/**
 * The headers an attachment is served with. The bytes are the uploader's, so the browser is told exactly
 * what they are and given nothing to run them with.
 */

/**
 * Content-Disposition with the name twice (RFC 6266): an ASCII stand-in for old clients and the real
 * name in UTF-8 (RFC 5987 `filename*`), which every current browser prefers, so Cyrillic names survive.
 */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  // encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * No scripts, no sub-resources, a sandbox (a unique origin: even if a browser ran something from the
 * file, it would not run as the portal). Inline styles only for the browser's own image and PDF viewer
 * pages. Note: Safari is known to show a sandboxed PDF blank (adobe/aem-core-wcm-components#2839); the
 * `download` variant is the way out there.
 */
export const ATTACHMENT_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

export function attachmentHeaders(
  file: { fileName: string; contentType: string; size: number },
  { isDownload }: { isDownload: boolean },
): Headers {
  return new Headers({
    "Content-Type": file.contentType,
    "Content-Length": String(file.size),
    // Every accepted type is an image or a PDF, which browsers show themselves.
    "Content-Disposition": contentDisposition(isDownload ? "attachment" : "inline", file.fileName),
    "X-Content-Type-Options": "nosniff",
    // Personal data: never kept by shared caches, nor by the browser after the tab is closed.
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": ATTACHMENT_CSP,
    // Other sites must not embed these through <img> or <object> with a leaked link.
    "Cross-Origin-Resource-Policy": "same-origin",
    // The status token is in the address; a link inside a PDF must not carry it elsewhere.
    "Referrer-Policy": "no-referrer",
  });
}
