import { describe, expect, it } from "vitest";

import { attachmentHref } from "./attachment-href";
import { attachmentHeaders, contentDisposition } from "./response-headers";

describe("contentDisposition", () => {
  it("gives an ASCII name as is", () => {
    expect(contentDisposition("inline", "scan.pdf")).toBe(`inline; filename="scan.pdf"; filename*=UTF-8''scan.pdf`);
  });

  it("keeps a Cyrillic name in filename* and an ASCII stand-in in filename", () => {
    const header = contentDisposition("attachment", "Фото (1).jpg");
    expect(header).toBe(`attachment; filename="____ (1).jpg"; filename*=UTF-8''%D0%A4%D0%BE%D1%82%D0%BE%20%281%29.jpg`);
    const encoded = header.split("filename*=UTF-8''")[1];
    expect(decodeURIComponent(encoded)).toBe("Фото (1).jpg");
    expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
  });

  it("cannot be broken out of with quotes, backslashes or percent signs", () => {
    const header = contentDisposition("inline", 'a"b\\c%41.png');
    expect(header.split(";")[1]).toBe(' filename="a_b_c_41.png"');
  });
});

describe("attachmentHeaders", () => {
  const file = { fileName: "квитанция.pdf", contentType: "application/pdf", size: 1234 };

  it("serves the stored type, sandboxed, never cached, never sniffed", () => {
    const headers = attachmentHeaders(file, { isDownload: false });
    expect(headers.get("Content-Type")).toBe("application/pdf");
    expect(headers.get("Content-Length")).toBe("1234");
    expect(headers.get("Content-Disposition")).toMatch(/^inline; /);
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Cache-Control")).toBe("private, no-store");
    expect(headers.get("Content-Security-Policy")).toMatch(/^default-src 'none';.*\bsandbox$/);
    expect(headers.get("Content-Security-Policy")).not.toMatch(/script-src|allow-scripts|allow-same-origin/);
  });

  it("offers the file for saving when asked", () => {
    expect(attachmentHeaders(file, { isDownload: true }).get("Content-Disposition")).toMatch(/^attachment; /);
  });
});

describe("attachmentHref", () => {
  const id = "0196a1c0-0000-7000-8000-000000000001";

  it("carries the status token for applicants and nothing for staff", () => {
    expect(attachmentHref(id)).toBe(`/api/attachments/${id}`);
    expect(attachmentHref(id, { statusToken: "tok_en-1" })).toBe(`/api/attachments/${id}?token=tok_en-1`);
    expect(attachmentHref(id, { statusToken: "t", download: true })).toBe(`/api/attachments/${id}?token=t&download=1`);
  });
});
