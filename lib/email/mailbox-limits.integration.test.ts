/**
 * Every limit that counts per address counts per mailbox: the spellings one mailbox receives under
 * (a "+tag", Gmail's dots, upper case) share one budget, and the limits table holds no address.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { sendMemberSignInLink } from "@/lib/auth/send-member-sign-in-link";
import { fileComplaint } from "@/lib/cases/file-complaint";
import { ZFileComplaint } from "@/lib/cases/schemas";
import { complaintFields } from "@/lib/cases/test-fixtures";
import { seedFilingBasics, seedTopic } from "@/lib/cases/test-support";
import { submitQuestionnaire } from "@/lib/club/membership";
import { ZMembershipQuestionnaire } from "@/lib/club/schemas";
import { db } from "@/lib/db";
import { clientAddress, inRequest } from "@/lib/fuzz/request-scope";
import { receiveInboundEmail } from "@/lib/inbound-email/receive-inbound-email";

vi.mock("next/headers", () => import("@/lib/fuzz/request-scope"));

/** One Gmail mailbox under the spellings it receives mail at, used in turn. */
function spellingsOfOneMailbox() {
  const name = `victim${randomBytes(4).toString("hex")}`;
  const dotted = `${name.slice(0, 1)}.${name.slice(1)}`;
  const spellings = [
    `${name}@gmail.com`,
    `${name}+1@gmail.com`,
    `${name}+2@gmail.com`,
    `${dotted}@gmail.com`,
    `${name}@googlemail.com`,
  ];
  return { name, dotted, at: (index: number) => spellings[index % spellings.length] };
}

let nextClient = 40_000 + Math.floor(Math.random() * 10_000);
/** A client address of its own for each attempt, so only the per-mailbox limit can refuse. */
const freshIp = () => clientAddress(nextClient++);

/** Limit keys that name the mailbox in any of its spellings (they should hold only its hash). */
async function bucketKeysNaming(mailbox: { name: string; dotted: string }): Promise<string[]> {
  const rows = await db.rateLimitBucket.findMany({
    where: { OR: [{ key: { contains: mailbox.name } }, { key: { contains: mailbox.dotted } }] },
    select: { key: true },
  });
  // Staff sign-in is not a mailbox limit of the public pages (it counts unknown staff addresses); leave it out.
  return rows.map((row) => row.key).filter((key) => !key.startsWith("staff-sign-in:"));
}

beforeAll(async () => {
  await seedFilingBasics();
  await seedTopic("other", "Другое", "Other");
});

describe("limits per mailbox", () => {
  it("sign-in links: five an hour to one mailbox, however its address is spelt", async () => {
    const mailbox = spellingsOfOneMailbox();
    const request = (index: number) =>
      inRequest(freshIp(), () =>
        sendMemberSignInLink({
          identifier: mailbox.at(index),
          url: "http://localhost:3000/api/auth/callback/email?token=x",
        }),
      );
    for (let index = 0; index < 5; index++) await request(index);
    await expect(request(5)).rejects.toThrow(/Too many/);
    await expect(request(3)).rejects.toThrow(/Too many/);
    expect(await bucketKeysNaming(mailbox)).toEqual([]);
  });

  it("web filings: ten an hour from one mailbox, however its address is spelt", async () => {
    const mailbox = spellingsOfOneMailbox();
    const file = (index: number) =>
      fileComplaint(ZFileComplaint.parse(complaintFields({ email: mailbox.at(index) })), {
        channel: "WEB",
        locale: "ru",
        ip: freshIp(),
      });
    for (let index = 0; index < 10; index++) await file(index);
    await expect(file(10)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(file(11)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await bucketKeysNaming(mailbox)).toEqual([]);
  });

  it("club applications: three an hour from one mailbox, however its address is spelt", async () => {
    const mailbox = spellingsOfOneMailbox();
    const submit = (index: number) =>
      submitQuestionnaire(
        ZMembershipQuestionnaire.parse({
          firstName: "Анна",
          lastName: "Петрова",
          email: mailbox.at(index),
          ageBand: "AGE_25_34",
          usageFrequency: "MONTHLY",
          services: ["PARCELS"],
          interests: ["SURVEYS"],
          readyToInteract: "yes",
          dataConsent: true,
        }),
        { locale: "ru", ip: freshIp() },
      );
    for (let index = 0; index < 3; index++) await submit(index);
    await expect(submit(3)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await bucketKeysNaming(mailbox)).toEqual([]);
  });

  it("new cases by email: ten an hour from one mailbox, however the sender is spelt", async () => {
    const mailbox = spellingsOfOneMailbox();
    const outcomes = [];
    for (let index = 0; index < 11; index++) {
      const sender = mailbox.at(index);
      const raw = `From: ${sender}\r\nTo: reply@portal.example\r\nSubject: Flood ${index}\r\nMessage-ID: <flood-${index}-${mailbox.name}@mail.example>\r\n\r\nText ${index}\r\n`;
      outcomes.push((await receiveInboundEmail(raw)).outcome);
    }
    expect(outcomes).toEqual([...Array(10).fill("NEW_CASE"), "RATE_LIMITED"]);
    expect(await bucketKeysNaming(mailbox)).toEqual([]);
  });
});
