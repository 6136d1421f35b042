import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import { getCapturedMessage, listCapturedMessages, MAILBOX_PAGE_SIZE } from "./mailbox";
import { renderEmail } from "./render-email";

const DOMAIN = "mailbox-page.test";

beforeAll(async () => {
  const email = await renderEmail({
    template: "member-sign-in",
    to: `x@${DOMAIN}`,
    locale: "ru",
    data: { url: "https://club.example/sign-in?token=t&x=1", expiresInMinutes: 15 },
  });
  const base = Date.UTC(2026, 0, 1);
  await db.outboxMessage.createMany({
    data: [
      ...Array.from({ length: MAILBOX_PAGE_SIZE + 5 }, (_, i) => ({
        to: `member${i}@${DOMAIN}`,
        locale: "ru",
        template: "member-sign-in",
        subject: `№${i}`,
        html: email.html,
        text: email.text,
        status: "CAPTURED" as const,
        createdAt: new Date(base + i * 1000),
      })),
      {
        to: `pending@${DOMAIN}`,
        locale: "ru",
        template: "member-sign-in",
        subject: "pending",
        html: "",
        text: "",
        status: "PENDING" as const,
      },
    ],
  });
});

afterAll(async () => {
  await db.outboxMessage.deleteMany({ where: { to: { endsWith: `@${DOMAIN}` } } });
});

describe("development mailbox", () => {
  it("lists captured messages newest first, a page at a time", async () => {
    // Other test files share the database: look at this file's messages only.
    const first = await listCapturedMessages({ to: `@${DOMAIN}`, page: 1 });
    expect(first.total).toBe(MAILBOX_PAGE_SIZE + 5);
    expect(first.pageCount).toBe(2);
    expect(first.messages).toHaveLength(MAILBOX_PAGE_SIZE);
    expect(first.messages[0].subject).toBe(`№${MAILBOX_PAGE_SIZE + 4}`);
    const second = await listCapturedMessages({ to: `@${DOMAIN}`, page: 2 });
    expect(second.messages.map((m) => m.subject)).toEqual(["№4", "№3", "№2", "№1", "№0"]);
    expect([...first.messages, ...second.messages].some((m) => m.subject === "pending")).toBe(false);
  });

  it("filters by any part of the recipient, ignoring case", async () => {
    const found = await listCapturedMessages({ to: "MEMBER1", page: 1 });
    expect(found.messages.map((m) => m.to).sort()).toEqual(
      [
        "member1",
        "member10",
        "member11",
        "member12",
        "member13",
        "member14",
        "member15",
        "member16",
        "member17",
        "member18",
        "member19",
      ]
        .map((name) => `${name}@${DOMAIN}`)
        .sort(),
    );
  });

  it("shows one message with the headers it would have had and its links", async () => {
    const { messages } = await listCapturedMessages({ to: `member3@${DOMAIN}`, page: 1 });
    const message = await getCapturedMessage(messages[0].id);
    expect(message?.headers).toEqual(
      expect.arrayContaining([
        ["To", `member3@${DOMAIN}`],
        ["Subject", "№3"],
        ["Message-ID", `<${messages[0].id}@portal.example>`],
      ]),
    );
    expect(message?.links).toEqual(["https://club.example/sign-in?token=t&x=1"]);
  });

  it("knows nothing of malformed ids or messages that were not captured", async () => {
    expect(await getCapturedMessage("not-a-uuid")).toBeNull();
    const pending = await db.outboxMessage.findFirstOrThrow({ where: { to: `pending@${DOMAIN}` } });
    expect(await getCapturedMessage(pending.id)).toBeNull();
  });
});
