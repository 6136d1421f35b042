import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { hashLinkToken } from "@/lib/auth/tokens";
import { fileComplaint } from "@/lib/cases/file-complaint";
import { ZFileComplaint } from "@/lib/cases/schemas";
import { complaintFields } from "@/lib/cases/test-fixtures";
import { seedFilingBasics } from "@/lib/cases/test-support";
import { db } from "@/lib/db";
import { emailWhere } from "@/lib/email/test-fixtures";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";
import { isValidCardNumber } from "@/lib/loyalty/card-number";
import { exportMemberData } from "@/lib/privacy/export-member-data";
import { leaveClub } from "@/lib/privacy/leave-club";

import { pointsBalance, setNewsConsent } from "./account";
import { confirmMembership, submitQuestionnaire, type TClubContext } from "./membership";
import { ZMembershipQuestionnaire } from "./schemas";

const ctx = (): TClubContext => ({ locale: "ru", ip: `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
const uniq = () => randomUUID().slice(0, 8);

function answers(overrides: Record<string, unknown> = {}) {
  const tag = uniq();
  // Names hold letters only: the tag's digits are spelled as letters, so each answer's name stays its own.
  const spelled = tag.replace(/\d/g, (digit) => "абвгдежзик"[Number(digit)]);
  return ZMembershipQuestionnaire.parse({
    firstName: `Анна${spelled}`,
    lastName: `Петрова${spelled}`,
    email: `club-${tag}@mail.example`,
    phone: `+7 900 ${String(Math.floor(Math.random() * 9_000_000) + 1_000_000)}`,
    region: `Регион${tag}`,
    city: `Город${tag}`,
    ageBand: "AGE_25_34",
    usageFrequency: "MONTHLY",
    services: ["PARCELS"],
    interests: ["SURVEYS"],
    ideas: `Идея ${tag}`,
    readyToInteract: "yes",
    dataConsent: true,
    newsConsent: true,
    ...overrides,
  });
}

/** The token of the confirmation link emailed to an address. */
async function emailedToken(email: string): Promise<string> {
  const mail = await emailWhere({ to: email, template: "membership-confirm" });
  const match = mail.text.match(/\/club\/confirm\/([A-Za-z0-9_-]+)/);
  expect(match).not.toBeNull();
  return match![1];
}

async function joined(overrides: Record<string, unknown> = {}) {
  const input = answers(overrides);
  await submitQuestionnaire(input, ctx());
  const token = await emailedToken(input.email);
  const result = await confirmMembership(token);
  const member = await db.member.findUniqueOrThrow({ where: { email: input.email } });
  return { input, token, result, member };
}

describe("joining the club", () => {
  it("a yes leaves the application pending with a hashed 48-hour link, and confirming makes an active member", async () => {
    const input = answers();
    expect(await submitQuestionnaire(input, ctx())).toEqual({ outcome: "pending" });
    const application = await db.membershipApplication.findFirstOrThrow({ where: { email: input.email } });
    expect(application).toMatchObject({
      isReadyToInteract: true,
      confirmedAt: null,
      memberId: null,
      dataConsentVersion: PRIVACY_POLICY_VERSION,
      newsConsentVersion: PRIVACY_POLICY_VERSION,
    });
    const hours = (application.confirmExpiresAt!.getTime() - application.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThan(48.1);
    expect(await db.member.count({ where: { email: input.email } })).toBe(0);

    const token = await emailedToken(input.email);
    expect(application.confirmTokenHash).toBe(hashLinkToken(token));
    expect(application.confirmTokenHash).not.toContain(token);

    const result = await confirmMembership(token);
    expect(result.status).toBe("confirmed");
    const member = await db.member.findUniqueOrThrow({ where: { email: input.email } });
    expect(member).toMatchObject({
      status: "ACTIVE",
      firstName: input.firstName,
      dataConsentVersion: PRIVACY_POLICY_VERSION,
      dataConsentAt: application.dataConsentAt,
      newsConsentVersion: PRIVACY_POLICY_VERSION,
      ageBand: "AGE_25_34",
    });
    expect(member.emailVerified).not.toBeNull();
    expect(isValidCardNumber(member.cardNumber)).toBe(true);
    expect(result).toMatchObject({ cardNumber: member.cardNumber });
    expect(await db.membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      memberId: member.id,
    });
  });

  it("a no keeps the answers as feedback, thanks the person and makes no member", async () => {
    const input = answers({ readyToInteract: "no", newsConsent: false });
    expect(await submitQuestionnaire(input, ctx())).toEqual({ outcome: "feedback" });
    const application = await db.membershipApplication.findFirstOrThrow({ where: { email: input.email } });
    expect(application).toMatchObject({ isReadyToInteract: false, confirmTokenHash: null, newsConsentVersion: null });
    const mails = await db.outboxMessage.findMany({ where: { to: input.email } });
    expect(mails.map((m) => m.template)).toEqual(["membership-feedback-thanks"]);
    expect(await db.member.count({ where: { email: input.email } })).toBe(0);
  });

  it("records the parent's consent of a child under 14", async () => {
    const input = answers({ ageBand: "UNDER_14", parentName: "Ольга Петрова", parentConsent: true });
    await submitQuestionnaire(input, ctx());
    const application = await db.membershipApplication.findFirstOrThrow({ where: { email: input.email } });
    expect(application.parentName).toBe("Ольга Петрова");
    expect(application.parentConsentAt).not.toBeNull();
  });

  it("confirms once: a second click, also at the same moment, says it is already confirmed", async () => {
    const input = answers();
    await submitQuestionnaire(input, ctx());
    const token = await emailedToken(input.email);
    const results = await Promise.all([confirmMembership(token), confirmMembership(token)]);
    expect(results.map((r) => r.status).sort()).toEqual(["already-confirmed", "confirmed"]);
    expect(await confirmMembership(token)).toEqual({ status: "already-confirmed" });
    expect(await db.member.count({ where: { email: input.email } })).toBe(1);
  });

  it("refuses unknown and expired links", async () => {
    expect(await confirmMembership("x".repeat(43))).toEqual({ status: "invalid" });
    expect(await confirmMembership("../../etc")).toEqual({ status: "invalid" });
    const input = answers();
    await submitQuestionnaire(input, ctx());
    const token = await emailedToken(input.email);
    expect(await confirmMembership(token, new Date(Date.now() + 49 * 3_600_000))).toEqual({ status: "expired" });
  });

  it("answers an active member's address the same way and sends them nothing new", async () => {
    const { input } = await joined();
    const before = await db.outboxMessage.count({ where: { to: input.email } });
    expect(await submitQuestionnaire({ ...input }, ctx())).toEqual({ outcome: "pending" });
    expect(await db.outboxMessage.count({ where: { to: input.email } })).toBe(before);
  });

  it("keeps nothing when the honeypot is filled, and limits submissions per address", async () => {
    const input = answers();
    expect(await submitQuestionnaire({ ...input, website: "x" }, ctx())).toEqual({ outcome: "pending" });
    expect(await db.membershipApplication.count({ where: { email: input.email } })).toBe(0);
    for (let i = 0; i < 3; i++) await submitQuestionnaire(input, ctx());
    await expect(submitQuestionnaire(input, ctx())).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("the member's data", () => {
  it("leaving removes name, email and phone from member and questionnaire, and keeps the ledger sum", async () => {
    const { input, member } = await joined();
    await db.pointsEntry.createMany({
      data: [
        { memberId: member.id, kind: "EARN", points: 120, reason: "Покупка", source: "purchase" },
        { memberId: member.id, kind: "SPEND", points: -20, reason: "Награда", source: "reward" },
      ],
    });
    expect(await pointsBalance(member.id)).toBe(100);

    await leaveClub(member.id);

    const left = await db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(left).toMatchObject({
      status: "LEFT",
      email: `left-${member.id}@invalid`,
      firstName: "—",
      lastName: "—",
      phone: null,
      region: null,
      city: null,
    });
    expect(left.leftAt).not.toBeNull();
    expect(left.sessionVersion).toBe(member.sessionVersion + 1);
    for (const value of [input.email, input.firstName, input.lastName, input.phone!, input.city!, input.ideas!]) {
      const [members, applications] = await Promise.all([
        db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Member" m WHERE position(${value} in m::text) > 0`,
        db.$queryRaw<
          { n: bigint }[]
        >`SELECT count(*) AS n FROM "MembershipApplication" a WHERE position(${value} in a::text) > 0`,
      ]);
      expect(Number(members[0].n), value).toBe(0);
      expect(Number(applications[0].n), value).toBe(0);
    }
    expect(await pointsBalance(member.id)).toBe(100);
    expect(await db.pointsEntry.count({ where: { memberId: member.id } })).toBe(2);
  });

  it("leaving gives up event places to the waiting list and unlinks answers, ideas and ratings", async () => {
    const { member } = await joined();
    const { member: waiting } = await joined();
    const staffId = randomUUID();
    const survey = await db.survey.create({ data: { title: "Опрос", status: "OPEN", createdById: staffId } });
    await db.surveyInvitation.create({ data: { surveyId: survey.id, memberId: member.id, tokenHash: randomUUID() } });
    await db.surveyResponse.create({
      data: {
        surveyId: survey.id,
        memberId: member.id,
        status: "SUBMITTED",
        answers: { q: "да" },
        submittedAt: new Date(),
      },
    });
    const idea = await db.idea.create({ data: { authorId: member.id, title: "Идея", body: "Больше окон" } });
    await db.areaRating.create({ data: { memberId: member.id, area: "OFFICES", score: 4 } });
    const startsAt = new Date(Date.now() + 7 * 24 * 3600_000);
    const event = await db.clubEvent.create({
      data: {
        kind: "MEETING",
        status: "PUBLISHED",
        title: "Встреча",
        city: "Казань",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3600_000),
        capacity: 1,
        createdById: staffId,
      },
    });
    await db.eventRegistration.create({
      data: {
        eventId: event.id,
        memberId: member.id,
        status: "ACCEPTED",
        checkInCode: "AAAA1111",
        acceptedAt: new Date(),
      },
    });
    await db.eventRegistration.create({
      data: {
        eventId: event.id,
        memberId: waiting.id,
        status: "WAITLISTED",
        checkInCode: "BBBB2222",
        waitlistedAt: new Date(),
      },
    });

    await leaveClub(member.id);

    expect(await db.surveyInvitation.count({ where: { memberId: member.id } })).toBe(0);
    expect(await db.surveyResponse.count({ where: { surveyId: survey.id, memberId: null, status: "SUBMITTED" } })).toBe(
      1,
    );
    expect(await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).toMatchObject({
      authorId: null,
      title: "Идея",
    });
    expect(await db.areaRating.count({ where: { memberId: member.id } })).toBe(0);
    const registrations = await db.eventRegistration.findMany({
      where: { eventId: event.id },
      select: { memberId: true, status: true },
    });
    expect(registrations).toEqual(
      expect.arrayContaining([
        { memberId: member.id, status: "CANCELLED" },
        { memberId: waiting.id, status: "ACCEPTED" },
      ]),
    );
  });

  it("the export holds the member's profile, questionnaire, consents, points and cases", async () => {
    const { input, member } = await joined();
    await db.pointsEntry.create({
      data: { memberId: member.id, kind: "EARN", points: 50, reason: "Опрос", source: "survey" },
    });
    await setNewsConsent(member.id, false);
    await seedFilingBasics();
    const filed = await fileComplaint(
      ZFileComplaint.parse(complaintFields({ email: input.email, officePostcode: "" })),
      { channel: "WEB", locale: "ru", memberId: member.id },
    );
    const data = await exportMemberData(member.id);
    const json = JSON.stringify(data);
    expect(data.member).toMatchObject({
      email: input.email,
      firstName: input.firstName,
      cardNumber: member.cardNumber,
      newsConsentVersion: null,
    });
    expect(data.applications).toHaveLength(1);
    expect(data.applications[0]).toMatchObject({ ideas: input.ideas, services: ["PARCELS"] });
    expect(data.balance).toBe(50);
    expect(data.points[0]).toMatchObject({ reason: "Опрос", points: 50 });
    expect(data.cases.map((c) => c.case.number)).toEqual([filed.caseNumber]);
    expect(json).not.toContain("confirmTokenHash");
    expect(json).not.toContain("statusTokenHash");
    expect(json).not.toContain("sessionVersion");
  });
});
