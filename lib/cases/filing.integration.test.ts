import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { submissionFormData, ZSubmission } from "@/lib/action/submission";
import { hashLinkToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { emailsWhere, emailWhere } from "@/lib/email/test-fixtures";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";

import { rateAnswer } from "./answer-rating";
import { addApplicantInformation } from "./applicant-updates";
import { createCase } from "./create-case";
import { fileClaim } from "./file-claim";
import { fileComplaint } from "./file-complaint";
import type { TFilingContext } from "./filing";
import { inspectOrFail } from "./inspect-or-fail";
import { reportQueue } from "./report-queue";
import { ZApplicantComment, ZFileClaim, ZFileComplaint, ZRateAnswer, ZRateOffice, ZReportQueue } from "./schemas";
import { statusToken } from "./status-link";
import { findStatusView } from "./status-view";
import { claimFields, complaintFields, randomS10, testEmail } from "./test-fixtures";
import { seedFilingBasics } from "./test-support";
import { termFor } from "./work-calendar";

const web = (overrides: Partial<TFilingContext> = {}): TFilingContext => ({
  channel: "WEB",
  locale: "ru",
  ip: `203.0.113.${Math.floor(Math.random() * 250) + 1}`,
  ...overrides,
});

const email = () => testEmail();
const s10 = randomS10;
const complaint = (overrides: Record<string, unknown> = {}) => ZFileComplaint.parse(complaintFields(overrides));
const claim = (trackingNumber: string, overrides: Record<string, unknown> = {}) =>
  ZFileClaim.parse(claimFields({ trackingNumber, ...overrides }));

beforeAll(async () => {
  await seedFilingBasics({ officeContactEmail: "head-101000@portal.example" });
});

describe("filing a complaint", () => {
  it("registers the case with its deadline, the applicant's consent and status link, and emails the number", async () => {
    const input = complaint();
    const filed = await fileComplaint(input, web());
    expect(filed.caseNumber).toMatch(/^Ж-\d{4}-\d{6}$/);
    expect(filed.isNew).toBe(true);

    const stored = await db.case.findUniqueOrThrow({
      where: { number: filed.caseNumber },
      include: { applicants: true, events: true },
    });
    expect(stored).toMatchObject({
      type: "COMPLAINT",
      status: "REGISTERED",
      deadlineRule: "APPEAL",
      officePostcode: "101000",
    });
    // 30 days in Moscow time, ending on a working day of the production calendar.
    expect(stored.dueAt).toEqual(
      (await termFor({ rule: "APPEAL", from: stored.createdAt, timeZone: "Europe/Moscow" })).dueAt,
    );
    expect(filed.dueAt).toEqual(stored.dueAt);
    expect(stored.applicants).toHaveLength(1);
    expect(stored.applicants[0]).toMatchObject({
      isPrimary: true,
      consentPolicyVersion: PRIVACY_POLICY_VERSION,
      statusLinkVersion: 0,
    });
    expect(stored.applicants[0].statusTokenHash).toBe(hashLinkToken(filed.statusToken!));
    // The link is the applicant's own first one: every later email can carry it again.
    expect(filed.statusToken).toBe(statusToken(stored.applicants[0].id, 0));
    expect(stored.events.map((e) => e.kind)).toEqual(["FILED"]);

    const [mail] = await emailsWhere({ to: input.email });
    expect(mail.subject).toContain(filed.caseNumber);
    expect(mail.text).toContain(`/status/${filed.statusToken}`);
  });

  it("files one case for one idempotency key, also when the submissions race", async () => {
    const input = complaint();
    const key = randomUUID();
    const results = await Promise.all([
      fileComplaint(input, web({ idempotencyKey: key })),
      fileComplaint(input, web({ idempotencyKey: key })),
    ]);
    expect(new Set(results.map((r) => r.caseNumber)).size).toBe(1);
    const again = await fileComplaint(input, web({ idempotencyKey: key }));
    expect(again).toMatchObject({ caseNumber: results[0].caseNumber, isNew: false, statusToken: null });
    expect(await db.case.count({ where: { applicantEmail: input.email } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: input.email } })).toBe(1);
  });

  it("answers a form sent again under its key with other details by saying so, filing nothing and naming no other case", async () => {
    const key = randomUUID();
    const first = await fileComplaint(complaint(), web({ idempotencyKey: key }));
    const changed = complaint({ text: "Совсем другая жалоба." });
    const refusal = fileComplaint(changed, web({ idempotencyKey: key }));
    await expect(refusal).rejects.toMatchObject({
      code: "INVALID",
      messageKey: "actions.submittedDifferently",
      field: undefined,
    });
    const claimed = claim(s10());
    await expect(fileClaim(claimed, web({ idempotencyKey: key }))).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.case.count({ where: { applicantEmail: { in: [changed.email, claimed.email] } } })).toBe(0);
    expect(await db.case.count({ where: { number: first.caseNumber } })).toBe(1);
  });

  it("numbers filings one after another, also at once; a filing that fails leaves its number unused", async () => {
    const api: TFilingContext = { channel: "API", locale: "ru" };
    const sequence = (number: string) => Number(number.split("-")[2]);
    const first = await fileComplaint(complaint(), api);
    await expect(
      db.$transaction(async (tx) => {
        await createCase(tx, {
          type: "COMPLAINT",
          channel: "API",
          rule: "APPEAL",
          text: "Текст",
          applicant: { ...complaint(), role: "APPLICANT", locale: "ru" },
        });
        throw new Error("a later step of the filing failed");
      }),
    ).rejects.toThrow("a later step");

    const burst = await Promise.all(Array.from({ length: 10 }, () => fileComplaint(complaint(), api)));
    const numbers = burst.map((filed) => sequence(filed.caseNumber)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => sequence(first.caseNumber) + 2 + i));
    // Each filer was told the number stored with the case.
    const stored = await db.case.findMany({
      where: { number: { in: burst.map((filed) => filed.caseNumber) } },
      select: { number: true },
    });
    expect(stored).toHaveLength(10);
  });

  it("starts a new year's series at 1, also when two filings begin it at the same moment", async () => {
    const series = `case_number_complaint_${2900 + Math.floor(Math.random() * 99)}`;
    const taken = await Promise.all(
      [0, 1].map(() =>
        db.$transaction((tx) => tx.$queryRaw<{ value: bigint }[]>`SELECT next_case_number(${series}) AS "value"`),
      ),
    );
    expect(taken.map(([row]) => Number(row.value)).sort()).toEqual([1, 2]);
    await db.$executeRawUnsafe(`DROP SEQUENCE "${series}"`);
  });

  it("refuses an unknown topic or office and stores nothing", async () => {
    const input = complaint({ officePostcode: "999999" });
    await expect(fileComplaint(input, web())).rejects.toMatchObject({ code: "NOT_FOUND", field: "officePostcode" });
    await expect(fileComplaint(complaint({ topic: "nope" }), web())).rejects.toMatchObject({ field: "topic" });
    expect(await db.case.count({ where: { applicantEmail: input.email } })).toBe(0);
  });
});

describe("bad input", () => {
  // As a browser posts the form, fields by name.
  const form = (fields: Record<string, unknown>, files: File[] = []) => submissionFormData(fields, randomUUID(), files);
  const complaintSubmission = ZSubmission(ZFileComplaint);

  it.each([
    ["missing fields", {}, ["consent", "email", "firstName", "lastName", "text", "topic"]],
    [
      "too long",
      { ...complaint(), consent: true, lastName: "Я".repeat(101), text: "ы".repeat(5001) },
      ["lastName", "text"],
    ],
    [
      "wrong types",
      { ...complaint(), consent: "yes", text: ["a"], email: { $ne: null } },
      ["consent", "email", "text"],
    ],
    [
      "hostile strings",
      {
        ...complaint(),
        consent: true,
        firstName: "Ив\u0000ан",
        email: "x@y.z<script>",
        trackingNumber: '\'; DROP TABLE "Case";--',
      },
      ["email", "firstName", "trackingNumber"],
    ],
    ["a bot in the honeypot", { ...complaint(), consent: true, website: "http://spam.example" }, ["website"]],
  ])("rejects %s with field errors", (_, fields, expected) => {
    const result = complaintSubmission.safeParse(form(fields));
    expect(result.success).toBe(false);
    // The same from the JSON API, where values keep their types.
    expect(complaintSubmission.safeParse({ ...fields, idempotencyKey: randomUUID(), files: [] }).success).toBe(false);
    expect([...new Set(result.error!.issues.map((issue) => issue.path.join(".")))].sort()).toEqual(expected);
  });

  it("stores nothing from a rejected submission of any form", async () => {
    const hostile = {
      lastName: "<script>alert(1)</script>".repeat(10),
      email: "\u0000@x",
      text: 42,
      consent: "on",
      officePostcode: "1'; --",
      score: 9,
      token: [],
      website: "bot",
    };
    const forms: [string, { safeParse(input: unknown): { success: boolean } }][] = [
      ["complaint", ZSubmission(ZFileComplaint)],
      ["claim", ZSubmission(ZFileClaim)],
      ["rating", ZRateOffice],
      ["queue", ZReportQueue],
      ["comment", ZSubmission(ZApplicantComment)],
      ["answer rating", ZRateAnswer],
    ];
    const before = await Promise.all([
      db.case.count(),
      db.caseEvent.count(),
      db.outboxMessage.count(),
      db.attachment.count(),
    ]);
    for (const [name, schema] of forms) {
      expect(schema.safeParse(form(hostile)).success, name).toBe(false);
      expect(schema.safeParse(hostile).success, name).toBe(false);
    }
    expect(
      await Promise.all([db.case.count(), db.caseEvent.count(), db.outboxMessage.count(), db.attachment.count()]),
    ).toEqual(before);
  });

  it("rejects a claim for an item sent more than 6 months ago, with the reason", () => {
    const old = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);
    const result = ZSubmission(ZFileClaim).safeParse(form({ ...claim(s10()), acceptedOn: old, consent: true }));
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([
      "acceptedOn",
      "claims.tooLate",
    ]);
  });

  it("refuses disguised and oversized files and stores nothing", async () => {
    const html = new File(["<html><script>alert(1)</script></html>"], "photo.jpg", { type: "image/jpeg" });
    await expect(inspectOrFail([html])).rejects.toMatchObject({ code: "INVALID", field: "attachments" });
    const big = new File([new Uint8Array(11 * 1024 * 1024)], "scan.pdf", { type: "application/pdf" });
    await expect(inspectOrFail([big])).rejects.toMatchObject({ field: "attachments" });
    expect(ZReportQueue.safeParse({ officePostcode: "1010" }).success).toBe(false);
  });
});

describe("search claims", () => {
  it("makes two claims for one tracking number one case with two applicants, each with a link of their own", async () => {
    const tracking = s10();
    const [first, second] = [claim(tracking, { filerRole: "SENDER" }), claim(tracking)];
    const a = await fileClaim(first, web());
    const b = await fileClaim(second, web());
    expect(a.caseNumber).toMatch(/^Р-\d{4}-\d{6}$/);
    expect(b).toMatchObject({ caseNumber: a.caseNumber, isJoined: true });
    expect(b.statusToken).not.toBe(a.statusToken);

    const stored = await db.case.findUniqueOrThrow({
      where: { number: a.caseNumber },
      include: { applicants: true, claim: true },
    });
    expect(stored.applicants.map((x) => [x.role, x.isPrimary]).sort()).toEqual([
      ["ADDRESSEE", false],
      ["SENDER", true],
    ]);
    // Each applicant's link is derived from their own row, so it can be sent again for the life of the case.
    const tokenOf = (isPrimary: boolean) =>
      statusToken(stored.applicants.find((x) => x.isPrimary === isPrimary)!.id, 0);
    expect([a.statusToken, b.statusToken]).toEqual([tokenOf(true), tokenOf(false)]);
    expect(stored).toMatchObject({ deadlineRule: "CLAIM_INTERNATIONAL", trackingNumber: tracking });
    expect(stored.claim).toMatchObject({ direction: "INTERNATIONAL", itemType: "PARCEL" });
    expect(await db.case.count({ where: { trackingNumber: tracking } })).toBe(1);

    const joinedMail = await emailWhere({ to: second.email });
    expect(joinedMail.text).toContain("присоединено");
    // Each applicant sees the case, not the other's additions.
    const viewA = await findStatusView(a.statusToken!);
    const viewB = await findStatusView(b.statusToken!);
    expect(viewA?.events.map((e) => e.kind)).toEqual(["FILED"]);
    expect(viewB?.events.map((e) => e.kind)).toEqual(["APPLICANT_JOINED"]);
  });

  it("never opens two cases for one item, even when both claims arrive at once", async () => {
    const tracking = s10();
    const results = await Promise.all(Array.from({ length: 5 }, () => fileClaim(claim(tracking), web())));
    expect(new Set(results.map((r) => r.caseNumber)).size).toBe(1);
    expect(results.filter((r) => !r.isJoined)).toHaveLength(1);
    const stored = await db.case.findFirstOrThrow({
      where: { trackingNumber: tracking },
      include: { applicants: true },
    });
    expect(stored.applicants).toHaveLength(5);
  });

  it("gives a claim within one settlement 5 days", async () => {
    const filed = await fileClaim(claim(s10(), { direction: "DOMESTIC", isSameSettlement: true }), web());
    const stored = await db.case.findUniqueOrThrow({ where: { number: filed.caseNumber } });
    expect(stored.deadlineRule).toBe("CLAIM_SAME_SETTLEMENT");
    expect(stored.dueAt).toEqual(
      (await termFor({ rule: "CLAIM_SAME_SETTLEMENT", from: stored.createdAt, timeZone: "Europe/Moscow" })).dueAt,
    );
    const days = (stored.dueAt!.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(5);
  });
});

describe("after filing", () => {
  it("lets the applicant add information while open, and rate the answer after it is answered", async () => {
    const filed = await fileComplaint(complaint(), web());
    const token = filed.statusToken!;
    await addApplicantInformation({ token, text: "Добавлю: очередь была в 10 утра." });
    let view = await findStatusView(token);
    expect(view?.events.map((e) => e.kind)).toEqual(["FILED", "APPLICANT_COMMENT"]);
    expect(view?.canRateAnswer).toBe(false);
    await expect(rateAnswer({ token, score: 5 })).rejects.toMatchObject({ code: "CONFLICT" });

    await db.case.update({ where: { number: filed.caseNumber }, data: { status: "ANSWERED", answeredAt: new Date() } });
    await rateAnswer({ token, score: 4 });
    view = await findStatusView(token);
    expect(view?.answerRating).toBe(4);

    await db.case.update({ where: { number: filed.caseNumber }, data: { status: "CLOSED" } });
    await expect(addApplicantInformation({ token, text: "Ещё" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await findStatusView("not-a-token-of-anything-at-all")).toBeNull();
  });

  it("routes a queue report to the office's head by email", async () => {
    const filed = await reportQueue(ZReportQueue.parse({ officePostcode: "101000", comment: "Одно окно" }), web());
    expect(filed.caseNumber).toMatch(/^Ч-/);
    const mail = await emailWhere({ to: "head-101000@portal.example", template: "queue-report" });
    expect(mail.text).toContain(filed.caseNumber);
    expect(mail.text).toContain("Одно окно");
  });

  it("limits web filings per email address", async () => {
    const address = email();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => fileComplaint(complaint({ email: address }), web())),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "RATE_LIMITED" } });
  });
});
