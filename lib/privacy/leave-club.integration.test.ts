import { describe, expect, it } from "vitest";

import { fileComplaint } from "@/lib/cases/file-complaint";
import { ZFileComplaint } from "@/lib/cases/schemas";
import { complaintFields } from "@/lib/cases/test-fixtures";
import { seedFilingBasics } from "@/lib/cases/test-support";
import { db } from "@/lib/db";
import { deliveryJobKey } from "@/lib/email/delivery-job";
import { mailboxKey } from "@/lib/email/mailbox-key";
import { enqueueEmail } from "@/lib/email/outbox";
import { createTestMember } from "@/lib/loyalty/test-fixtures";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

import { leaveClub } from "./leave-club";

const HOUR = { limit: 5, windowSeconds: 3600 };

async function jobsOf(messageIds: string[]): Promise<number> {
  const keys = messageIds.map(deliveryJobKey);
  const [{ count }] = await db.$queryRaw<[{ count: number }]>`
    SELECT count(*)::int AS count FROM graphile_worker._private_jobs WHERE key = ANY(${keys}::text[])`;
  return count;
}

/** A member who signed in by emailed links, got club mail (some delivered, some still waiting) and filed a complaint. */
async function memberWithTraces() {
  const { id: memberId } = await createTestMember();
  const { email } = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { email: true } });
  const signIn = (url: string) => ({
    template: "member-sign-in" as const,
    to: email,
    locale: "ru" as const,
    data: { url, expiresInMinutes: 15 },
  });
  const delivered = await enqueueEmail(db, signIn("https://portal.example/api/auth/callback/email?token=used"));
  await db.outboxMessage.update({
    where: { id: delivered.id },
    data: {
      status: "SENT",
      subject: "Вход в клуб",
      text: "https://portal.example/api/auth/callback/email?token=used",
      html: "<a href>вход</a>",
      sentAt: new Date(),
    },
  });
  const waiting = await enqueueEmail(db, signIn("https://portal.example/api/auth/callback/email?token=fresh"));
  const invitation = await enqueueEmail(db, {
    template: "survey-invitation",
    to: email,
    locale: "ru",
    data: { name: "Мария", title: "Опрос", url: "https://portal.example/survey/x", closesOn: null },
  });
  await seedFilingBasics();
  const filed = await fileComplaint(ZFileComplaint.parse(complaintFields({ email, officePostcode: "" })), {
    channel: "WEB",
    locale: "ru",
  });
  await db.verificationToken.create({
    data: { identifier: email, token: `leave-${memberId}`, expires: new Date(Date.now() + 600_000) },
  });
  await consumeRateLimit(`member-link:mailbox:${mailboxKey(email)}`, HOUR);
  await consumeRateLimit(`file:email:${email}`, HOUR);
  await db.authSession.create({ data: { memberId, expiresAt: new Date(Date.now() + 86_400_000) } });
  await db.securityEvent.create({ data: { kind: "SIGN_IN", memberId, ip: "198.51.100.7" } });
  return { memberId, email, dropped: [waiting.id, invitation.id], caseNumber: filed.caseNumber };
}

describe("leaving the club", () => {
  it("leaves no email to the member's address that holds a link or a body, but for a case's mail still to be sent", async () => {
    const { memberId, email, dropped } = await memberWithTraces();
    expect(await jobsOf(dropped)).toBe(2);

    await leaveClub(memberId);

    const left = await db.outboxMessage.findMany({
      where: { to: email },
      select: { template: true, status: true, subject: true, html: true, text: true },
    });
    // The complaint's confirmation is the applicant's, member or not: it waits for delivery, not yet rendered.
    expect(left).toEqual([{ template: "case-filed", status: "PENDING", subject: null, html: null, text: null }]);
    expect(await db.outboxMessage.count({ where: { id: { in: dropped } } })).toBe(0);
    expect(await jobsOf(dropped)).toBe(0);
  });

  it("leaves no rate-limit key of the mailbox, no sign-in link, no session and no security trail of the member", async () => {
    const { memberId, email } = await memberWithTraces();

    await leaveClub(memberId);

    const keys = await db.rateLimitBucket.findMany({
      where: { OR: [{ key: { endsWith: `:${mailboxKey(email)}` } }, { key: { contains: email } }] },
      select: { key: true },
    });
    expect(keys).toEqual([]);
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
    expect(await db.authSession.count({ where: { memberId } })).toBe(0);
    expect(await db.securityEvent.count({ where: { memberId } })).toBe(0);
  });

  it("keeps the case filed with the member's address, and other people's mail", async () => {
    const { memberId, caseNumber } = await memberWithTraces();
    const other = await memberWithTraces();

    await leaveClub(memberId);

    expect(await db.case.count({ where: { number: caseNumber } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: other.email } })).toBe(4);
    expect(await db.authSession.count({ where: { memberId: other.memberId } })).toBe(1);
    expect(await db.securityEvent.count({ where: { memberId: other.memberId } })).toBe(1);
    expect(await db.rateLimitBucket.count({ where: { key: `member-link:mailbox:${mailboxKey(other.email)}` } })).toBe(
      1,
    );
  });
});
