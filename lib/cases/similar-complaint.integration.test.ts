import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";

import { POST as postComplaint } from "@/app/api/v1/complaints/route";
import { issueApiKey } from "@/lib/api-keys/issue-api-key";
import { staff } from "@/lib/console-cases/test-support";
import { db } from "@/lib/db";
import { emailsWhere } from "@/lib/email/test-fixtures";

import { fileComplaint } from "./file-complaint";
import type { TFilingContext } from "./filing";
import { complaintContextSql } from "./filing-context";
import { toReceipt } from "./receipt";
import { ZFileComplaint } from "./schemas";
import { SIMILAR_COMPLAINT_DAYS } from "./similar-complaint";
import { findStatusView } from "./status-view";
import { complaintFields, testEmail } from "./test-fixtures";
import { seedFilingBasics, seedTopic } from "./test-support";

const web = (overrides: Partial<TFilingContext> = {}): TFilingContext => ({
  channel: "WEB",
  locale: "ru",
  ip: `203.0.113.${Math.floor(Math.random() * 250) + 1}`,
  ...overrides,
});
const complaint = (overrides: Record<string, unknown>) => ZFileComplaint.parse(complaintFields(overrides));
/** The outbox's "send the link again" messages to an address. */
const reminders = (to: string) => emailsWhere({ to, template: "case-link" });

beforeAll(async () => {
  await seedFilingBasics();
  await seedTopic("delivery-time", "Сроки доставки", "Delivery time");
});

describe("a complaint like one the filer sent in the last days", () => {
  it("is filed all the same; the receipt names the earlier case, whose own link is emailed again", async () => {
    const email = testEmail("again");
    const first = await fileComplaint(complaint({ email }), web());
    const second = await fileComplaint(
      complaint({ email, text: "Пишу снова: в отделении по-прежнему одно окно." }),
      web(),
    );

    expect(second.isNew).toBe(true);
    expect(second.caseNumber).not.toBe(first.caseNumber);
    const earlier = await db.case.findUniqueOrThrow({ where: { number: first.caseNumber } });
    expect(second.similar).toEqual({ caseNumber: first.caseNumber, filedAt: earlier.createdAt });
    // The browser is told the number and date, and no link but the new case's own.
    const receipt = toReceipt(second);
    expect(receipt.similar).toEqual({ caseNumber: first.caseNumber, filedAt: earlier.createdAt.toISOString() });
    expect(JSON.stringify(receipt)).not.toContain(first.statusToken!);

    // The earlier case's link, the one its first email carried, goes to the filer's address again: not a new one.
    const [reminder, ...more] = await reminders(email);
    expect(more).toHaveLength(0);
    expect(reminder.subject).toBe(`Ссылка на обращение ${first.caseNumber}`);
    expect(reminder.text).toContain(`/status/${first.statusToken}`);
    expect(reminder.text).toContain("похожее на обращение");
    expect(await findStatusView(first.statusToken!)).not.toBeNull();
    // Both cases are there, each with its own confirmation.
    expect(await emailsWhere({ to: email, template: "case-filed" })).toHaveLength(2);
  });

  it("is told of the latest such case, and a retry of the same submission sends nothing again", async () => {
    const email = testEmail("retry");
    await fileComplaint(complaint({ email }), web());
    const latest = await fileComplaint(complaint({ email, text: "Второе обращение о той же очереди." }), web());
    const key = randomBytes(12).toString("hex");
    const third = await fileComplaint(
      complaint({ email, text: "Третье обращение о той же очереди." }),
      web({ idempotencyKey: key }),
    );
    expect(third.similar?.caseNumber).toBe(latest.caseNumber);
    const retry = await fileComplaint(
      complaint({ email, text: "Третье обращение о той же очереди." }),
      web({ idempotencyKey: key }),
    );
    expect(retry).toMatchObject({ caseNumber: third.caseNumber, isNew: false });
    expect(await reminders(email)).toHaveLength(2);
  });

  it("needs the same address, topic and office within the days of the rule", async () => {
    const email = testEmail("apart");
    const first = await fileComplaint(complaint({ email }), web());
    const others = [
      await fileComplaint(complaint({ email: testEmail("stranger") }), web()),
      await fileComplaint(complaint({ email, topic: "delivery-time" }), web()),
      await fileComplaint(complaint({ email, officePostcode: "" }), web()),
    ];
    for (const filed of others) expect(filed.similar).toBeUndefined();

    // Only the first of them is on the same topic and office; once it is older than the rule, it is not similar.
    await db.case.updateMany({
      where: { applicantEmail: email },
      data: { createdAt: new Date(Date.now() - (SIMILAR_COMPLAINT_DAYS * 24 + 1) * 3_600_000) },
    });
    const later = await fileComplaint(complaint({ email }), web());
    expect(later.similar).toBeUndefined();
    expect(later.caseNumber).not.toBe(first.caseNumber);
    expect(await reminders(email)).toHaveLength(0);
  });

  it("through the API as well, where the key's own statement looks for it", async () => {
    const { key } = await issueApiKey({ name: "Колл-центр", scopes: ["cases:write"] }, await staff("ADMIN"));
    const email = testEmail("api");
    const file = async (overrides: Record<string, unknown>) => {
      const response = await postComplaint(
        new NextRequest("http://localhost:3000/api/v1/complaints", {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
          body: JSON.stringify(complaintFields({ email, ...overrides })),
        }),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(201);
      return (await response.json()) as { caseNumber: string; statusToken: string };
    };
    const first = await file({});
    await file({ topic: "delivery-time" });
    expect(await reminders(email)).toHaveLength(0);

    const again = await file({ text: "Пишу снова: в отделении по-прежнему одно окно." });
    expect(again.caseNumber).not.toBe(first.caseNumber);
    const [reminder, ...more] = await reminders(email);
    expect(more).toHaveLength(0);
    expect(reminder.subject).toBe(`Ссылка на обращение ${first.caseNumber}`);
    expect(reminder.text).toContain(`/status/${first.statusToken}`);
  });
});

type TPlanNode = { "Relation Name"?: string; "Actual Rows": number; "Actual Loops": number; Plans?: TPlanNode[] };

/** Rows a plan read from a table, over every node that scanned it. */
function rowsReadFrom(node: TPlanNode, table: string): number {
  const own = node["Relation Name"] === table ? node["Actual Rows"] * node["Actual Loops"] : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsReadFrom(child, table), 0);
}

describe("looking for the filer's earlier complaint", () => {
  it("reads the filer's own applications, never every recent complaint on the topic", async () => {
    for (let i = 0; i < 5; i += 1) await fileComplaint(complaint({ email: testEmail("crowd") }), web());
    const fields = complaintFields({ email: testEmail("first-time") });
    const [
      {
        "QUERY PLAN": [plan],
      },
    ] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: TPlanNode }] }[]>`
      EXPLAIN (ANALYZE, FORMAT JSON) SELECT ${complaintContextSql({
        topic: fields.topic as string,
        officePostcode: fields.officePostcode as string,
        email: fields.email as string,
      })}`;

    // Someone who never filed has no case to look at, however many complaints others filed on the topic.
    expect(rowsReadFrom(plan.Plan, "Case")).toBe(0);
  });
});
