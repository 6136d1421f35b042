import { describe, expect, it } from "vitest";

import { isAutomaticMail } from "./automatic-mail";

const mail = (headers: Record<string, string>, options: { contentType?: string; sender?: string | null } = {}) =>
  isAutomaticMail({
    headers: new Map(Object.entries(headers)),
    contentType: options.contentType ?? "text/plain",
    sender: options.sender === undefined ? "ivan@mail.example" : options.sender,
  });

describe("isAutomaticMail", () => {
  it("recognises auto-replies, bounces and list mail", () => {
    expect(mail({ "auto-submitted": "auto-replied" })).toBe(true);
    expect(mail({ "auto-submitted": "auto-generated" })).toBe(true);
    expect(mail({ precedence: "bulk" })).toBe(true);
    expect(mail({ "x-autoreply": "yes" })).toBe(true);
    expect(mail({ "list-id": "<news.shop.example>" })).toBe(true);
    expect(mail({}, { contentType: "multipart/report; report-type=delivery-status" })).toBe(true);
    expect(mail({}, { sender: "MAILER-DAEMON@mx.mail.example".toLowerCase() })).toBe(true);
    expect(mail({}, { sender: "no-reply@shop.example" })).toBe(true);
  });

  it("lets a person's mail through", () => {
    expect(mail({})).toBe(false);
    expect(mail({ "auto-submitted": "no" })).toBe(false);
    // Asks others not to auto-reply; Outlook sets it on ordinary mail too.
    expect(mail({ "x-auto-response-suppress": "All" })).toBe(false);
    expect(mail({}, { sender: null })).toBe(false);
  });
});
