/**
 * Asking for a sign-in link through the form's server action: next-auth's email provider makes the link, and
 * its own callback accepts it once.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

import { requestSignInLinkAction } from "@/app/(public)/sign-in/actions";
import { callNextAuth } from "@/lib/auth/request-member-sign-in-link";
import { db } from "@/lib/db";
import { emailWhere } from "@/lib/email/test-fixtures";
import { clientAddress, inRequest } from "@/lib/fuzz/request-scope";
import { createTestMember } from "@/lib/loyalty/test-fixtures";

vi.mock("next/headers", () => import("@/lib/fuzz/request-scope"));
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));

let nextClient = 60_000 + Math.floor(Math.random() * 10_000);
const ask = (email: string, callbackUrl = "/account") =>
  inRequest(clientAddress(nextClient++), () => requestSignInLinkAction({ email, callbackUrl }));

/** The sign-in link of the newest email to `email`. */
async function linkTo(email: string): Promise<string> {
  const sent = await emailWhere({ to: email, template: "member-sign-in" });
  return (sent.data as { url: string }).url;
}

/** Follows a link to next-auth's callback as a browser would; where it sends the browser next. */
async function follow(link: string): Promise<string | undefined> {
  const url = new URL(link);
  const answer = await inRequest(clientAddress(nextClient++), () =>
    callNextAuth(url.pathname.split("/").slice(3), { method: "GET", query: Object.fromEntries(url.searchParams) }),
  );
  return answer.location;
}

describe("asking for a sign-in link", () => {
  it("emails a member a link that next-auth's callback accepts once, leading where the form said", async () => {
    const { id } = await createTestMember();
    const { email } = await db.member.findUniqueOrThrow({ where: { id }, select: { email: true } });

    expect(await ask(email.toUpperCase(), "/account/cases")).toEqual({ ok: true, data: { sentTo: email } });
    const link = await linkTo(email);
    expect(new URL(link).pathname).toBe("/api/auth/callback/email");

    expect(new URL((await follow(link))!).pathname).toBe("/account/cases");
    expect(new URL((await follow(link))!).searchParams.get("error")).toBe("Verification");
  });

  it("invites a stranger to join instead, with the same answer", async () => {
    const email = `stranger-${randomBytes(4).toString("hex")}@mail.example`;
    expect(await ask(email)).toEqual({ ok: true, data: { sentTo: email } });
    expect((await emailWhere({ to: email })).template).toBe("member-not-found");
  });

  it("refuses past the limit of links to one mailbox, and names the field a malformed address is in", async () => {
    const email = `often-${randomBytes(4).toString("hex")}@mail.example`;
    for (let index = 0; index < 5; index++) expect(await ask(email)).toMatchObject({ ok: true });
    expect(await ask(email)).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      message: "Не удалось отправить письмо со ссылкой. Попробуйте ещё раз через несколько минут.",
    });
    expect(await ask("ivanova-at-mail")).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String) } });
  });

  it("leads only to a path of this site", async () => {
    const { id } = await createTestMember();
    const { email } = await db.member.findUniqueOrThrow({ where: { id }, select: { email: true } });
    await ask(email, "https://evil.example/account");
    const link = new URL(await linkTo(email));
    expect(new URL(link.searchParams.get("callbackUrl")!).pathname).toBe("/account");
    expect(new URL(link.searchParams.get("callbackUrl")!).host).toBe(link.host);
  });
});
