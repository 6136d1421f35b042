/**
 * What the customer's addition on the status page does to their case: the same lifecycle as their email
 * (recordCustomerComment), against a real PostgreSQL.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { emailsWhere } from "@/lib/email/test-fixtures";
import type { Prisma } from "@/lib/generated/prisma/client";

import { addApplicantInformation } from "./applicant-updates";
import { fileComplaint } from "./file-complaint";
import { ZFileComplaint } from "./schemas";
import { complaintFields } from "./test-fixtures";
import { seedFilingBasics } from "./test-support";

const DAY = 86_400_000;

beforeAll(async () => {
  await seedFilingBasics();
});

/** A complaint filed on the web, then put where the test needs it. */
async function filedCase(data: Prisma.CaseUpdateInput) {
  const fields = complaintFields();
  const filed = await fileComplaint(ZFileComplaint.parse(fields), { channel: "WEB", locale: "ru" });
  const { id } = await db.case.update({ where: { number: filed.caseNumber }, data, select: { id: true } });
  const applicant = await db.caseApplicant.findFirstOrThrow({ where: { caseId: id }, select: { id: true } });
  return { id, number: filed.caseNumber, token: filed.statusToken!, email: fields.email, applicantId: applicant.id };
}

async function caseState(id: string) {
  return db.case.findUniqueOrThrow({
    where: { id },
    select: { status: true, dueAt: true, pausedAt: true, customerNewsAt: true },
  });
}

async function eventsOf(caseId: string) {
  return db.caseEvent.findMany({
    where: { caseId, kind: { not: "FILED" } },
    orderBy: { createdAt: "asc" },
    select: { kind: true, body: true, data: true, applicantId: true, createdAt: true },
  });
}

const statusEmails = (to: string) => emailsWhere({ to, template: "case-status" });

describe("the customer's addition on the status page", () => {
  it("puts a case waiting for them back to work: the clock runs again, the term moves by the days paused, new from the customer", async () => {
    // Paused two days ago; the term ended on Monday 1 March 2027 (Moscow) and now ends on Wednesday the 3rd.
    const filed = await filedCase({
      status: "WAITING_FOR_CUSTOMER",
      pausedAt: new Date(Date.now() - 2 * DAY),
      dueAt: new Date("2027-03-01T20:59:59.999Z"),
    });
    await addApplicantInformation({ token: filed.token, text: "Номер окна — 3." });

    const after = await caseState(filed.id);
    expect(after).toMatchObject({ status: "IN_PROGRESS", pausedAt: null, dueAt: new Date("2027-03-03T20:59:59.999Z") });
    const [comment, change] = await eventsOf(filed.id);
    expect(comment).toMatchObject({
      kind: "APPLICANT_COMMENT",
      body: "Номер окна — 3.",
      applicantId: filed.applicantId,
      data: { channel: "WEB" },
    });
    expect(change).toMatchObject({
      kind: "STATUS_CHANGED",
      applicantId: filed.applicantId,
      data: { from: "WAITING_FOR_CUSTOMER", to: "IN_PROGRESS", via: "customer" },
    });
    expect(after.customerNewsAt).toEqual(comment.createdAt);
    expect(await statusEmails(filed.email)).toHaveLength(0);
  });

  it("flags an open case as new from the customer and leaves its status and term", async () => {
    const filed = await filedCase({ status: "IN_PROGRESS" });
    const before = await caseState(filed.id);
    expect(before.customerNewsAt).toBeNull();
    await addApplicantInformation({ token: filed.token, text: "Добавлю: очередь была в 10 утра." });

    const after = await caseState(filed.id);
    expect(after).toMatchObject({ status: "IN_PROGRESS", dueAt: before.dueAt });
    expect(after.customerNewsAt).not.toBeNull();
    expect((await eventsOf(filed.id)).map((event) => event.kind)).toEqual(["APPLICANT_COMMENT"]);
  });

  it("reopens an answered case with a fresh term, as their email would, and tells them", async () => {
    const filed = await filedCase({ status: "ANSWERED", answeredAt: new Date() });
    const before = Date.now();
    await addApplicantInformation({ token: filed.token, text: "Ответ не помог: окно так и не открыли." });

    const after = await caseState(filed.id);
    expect(after.status).toBe("REOPENED");
    expect(after.dueAt!.getTime()).toBeGreaterThan(before + 29 * DAY);
    expect(after.customerNewsAt).not.toBeNull();
    expect((await statusEmails(filed.email)).map((message) => message.subject)).toEqual([
      `Обращение ${filed.number} снова в работе`,
    ]);
  });

  it("refuses an addition to a closed case, as before: nothing kept, nothing flagged", async () => {
    const filed = await filedCase({ status: "CLOSED", closedAt: new Date() });
    await expect(addApplicantInformation({ token: filed.token, text: "Ещё" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "status.closed",
    });
    expect(await caseState(filed.id)).toMatchObject({ status: "CLOSED", customerNewsAt: null });
    expect(await eventsOf(filed.id)).toEqual([]);
  });
});
