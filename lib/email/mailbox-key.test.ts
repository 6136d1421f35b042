import { describe, expect, it } from "vitest";

import { mailboxKey, normalizeMailbox } from "./mailbox-key";

describe("normalizeMailbox", () => {
  it("puts every spelling of one mailbox under one name", () => {
    expect(normalizeMailbox(" Victim@Mail.RU ")).toBe("victim@mail.ru");
    expect(normalizeMailbox("victim+1@mail.ru")).toBe("victim@mail.ru");
    expect(normalizeMailbox("v.i.c.t.i.m+promo@GoogleMail.com")).toBe("victim@gmail.com");
    expect(normalizeMailbox("ivan.petrov@ya.ru")).toBe("ivan-petrov@yandex.ru");
    expect(normalizeMailbox("ivan-petrov@yandex.com")).toBe("ivan-petrov@yandex.ru");
  });

  it("keeps dots where the provider tells them apart", () => {
    expect(normalizeMailbox("ivan.petrov@mail.ru")).not.toBe(normalizeMailbox("ivanpetrov@mail.ru"));
  });

  it("leaves a name that is only a tag alone", () => {
    expect(normalizeMailbox("+tag@example.org")).toBe("+tag@example.org");
  });
});

describe("mailboxKey", () => {
  it("is the same for one mailbox and never contains the address", () => {
    expect(mailboxKey("victim+2@gmail.com")).toBe(mailboxKey("vic.tim@gmail.com"));
    expect(mailboxKey("victim@gmail.com")).not.toBe(mailboxKey("other@gmail.com"));
    expect(mailboxKey("victim@gmail.com")).not.toContain("victim");
  });
});
