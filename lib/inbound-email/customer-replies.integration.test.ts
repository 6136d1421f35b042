/**
 * What a customer's email does to their case, whatever its status and whichever client wrote it: real
 * PostgreSQL, a real SMTP listener on loopback, real nodemailer and a real worker filing the mail.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import type { TServerConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { emailsWhere } from "@/lib/email/test-fixtures";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { startTestWorker } from "@/lib/jobs/test-support";

import {
  clientReply,
  seedCase,
  sendMail,
  sendRawMail,
  startInboundRig,
  uniqueEmail,
  waitUntilFiled,
} from "./test-support";

// Settings a test changes, over the environment's; reset after each test.
const config = vi.hoisted(() => ({ overrides: {} as Partial<TServerConfig> }));
vi.mock("@/lib/config", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/config")>();
  return { ...actual, getConfig: () => ({ ...actual.getConfig(), ...config.overrides }) };
});

let rig: Awaited<ReturnType<typeof startInboundRig>>;

beforeAll(async () => {
  rig = await startInboundRig(startTestWorker);
});

afterAll(async () => {
  await rig?.stop();
});

afterEach(() => {
  config.overrides = {};
});

const DAY = 86_400_000;
const QUOTE =
  "\n\nсб, 21 нояб. 2026 г. в 10:00, Клуб клиентов <reply@portal.example>:\n\n> Здравствуйте! Уточните номер отправления.\n> Клуб клиентов\n";

/** A reply to the case's reply address from its applicant, filed by the worker. */
async function reply(target: { replyAddress: string }, from: string, text: string) {
  const messageId = await sendMail(rig.port, { from, to: target.replyAddress, subject: "Re: Ж-2026", text });
  return waitUntilFiled(messageId);
}

async function caseState(id: string) {
  return db.case.findUniqueOrThrow({
    where: { id },
    select: { status: true, dueAt: true, pausedAt: true, closedAt: true, customerNewsAt: true },
  });
}

async function eventsOf(caseId: string) {
  return db.caseEvent.findMany({
    where: { caseId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, body: true, data: true, applicantId: true, createdAt: true },
  });
}

const statusEmails = (to: string) => emailsWhere({ to, template: "case-status" });

describe("a customer's email", () => {
  it("puts a case waiting for them back to work: the clock runs again, the term moves by the days paused, new from the customer", async () => {
    const email = uniqueEmail("waiting");
    // Paused two days ago; the term ended on Monday 1 March 2027 (Moscow) and now ends on Wednesday the 3rd.
    const target = await seedCase({
      email,
      status: "WAITING_FOR_CUSTOMER",
      pausedAt: new Date(Date.now() - 2 * DAY),
      dueAt: new Date("2027-03-01T20:59:59.999Z"),
    });
    await reply(target, email, `Номер отправления RA123456785RU.${QUOTE}`);

    const after = await caseState(target.id);
    expect(after).toMatchObject({ status: "IN_PROGRESS", pausedAt: null, dueAt: new Date("2027-03-03T20:59:59.999Z") });
    const [comment, change] = await eventsOf(target.id).then((events) =>
      events.filter((event) => event.kind !== "FILED"),
    );
    expect(comment).toMatchObject({
      kind: "APPLICANT_COMMENT",
      body: "Номер отправления RA123456785RU.",
      applicantId: target.applicantId,
    });
    expect(comment.data).toMatchObject({
      channel: "EMAIL",
      quoted: expect.stringContaining("> Здравствуйте! Уточните номер отправления."),
    });
    expect(change).toMatchObject({
      kind: "STATUS_CHANGED",
      applicantId: target.applicantId,
      data: { from: "WAITING_FOR_CUSTOMER", to: "IN_PROGRESS", via: "customer" },
    });
    expect(after.customerNewsAt).toEqual(comment.createdAt);
    // They just wrote: no email tells them the case is back in work.
    expect(await statusEmails(email)).toHaveLength(0);
  });

  it.each<CaseStatus>(["ANSWERED", "CLOSED"])(
    "reopens a case %s, with a fresh term, and tells the customer",
    async (status) => {
      const email = uniqueEmail("after");
      const target = await seedCase({ email, status });
      const before = Date.now();
      await reply(target, email, `Ответ меня не устроил: посылку так и не нашли.${QUOTE}`);

      const after = await caseState(target.id);
      expect(after).toMatchObject({ status: "REOPENED", closedAt: null });
      expect(after.customerNewsAt).not.toBeNull();
      // 59-ФЗ: thirty days from the day it reopened (later only when the last one is a day off).
      expect(after.dueAt!.getTime()).toBeGreaterThan(before + 29 * DAY);
      expect(after.dueAt!.getTime()).toBeLessThan(before + 40 * DAY);
      const kinds = (await eventsOf(target.id)).map((event) => [
        event.kind,
        (event.data as { to?: string } | null)?.to,
      ]);
      expect(kinds).toEqual([
        ["FILED", undefined],
        ["APPLICANT_COMMENT", undefined],
        ["STATUS_CHANGED", "REOPENED"],
      ]);
      expect((await statusEmails(email)).map((message) => message.subject)).toEqual([
        `Обращение ${target.number} снова в работе`,
      ]);
    },
  );

  it("with CASE_REPLY_AFTER_ANSWER=flag, leaves an answered case answered and only flags it", async () => {
    config.overrides = { CASE_REPLY_AFTER_ANSWER: "flag" };
    const email = uniqueEmail("flag");
    const target = await seedCase({ email, status: "ANSWERED" });
    await reply(target, email, "Спасибо, всё понятно.");

    const after = await caseState(target.id);
    expect(after.status).toBe("ANSWERED");
    const events = await eventsOf(target.id);
    expect(events.map((event) => event.kind)).toEqual(["FILED", "APPLICANT_COMMENT"]);
    expect(events[1].body).toBe("Спасибо, всё понятно.");
    expect(after.customerNewsAt).toEqual(events[1].createdAt);
    expect(await statusEmails(email)).toHaveLength(0);
  });

  it.each<CaseStatus>(["FORWARDED", "LEFT_UNANSWERED", "CORRESPONDENCE_ENDED"])(
    "to a case %s is kept and flagged; the case stays as it is",
    async (status) => {
      const email = uniqueEmail("ended");
      const target = await seedCase({ email, status });
      await reply(target, email, "Прошу ответить по существу.");

      const after = await caseState(target.id);
      expect(after.status).toBe(status);
      expect(after.customerNewsAt).not.toBeNull();
      expect((await eventsOf(target.id)).map((event) => [event.kind, event.body])).toEqual([
        ["FILED", null],
        ["APPLICANT_COMMENT", "Прошу ответить по существу."],
      ]);
    },
  );
});

describe("a reply as the customer's mail client wrote it", () => {
  async function comment(fixture: string) {
    const email = uniqueEmail("client");
    const target = await seedCase({ email, status: "WAITING_FOR_CUSTOMER", pausedAt: new Date() });
    const { raw, messageId } = clientReply(fixture, { replyAddress: target.replyAddress, from: email });
    await sendRawMail(rig.port, { from: email, to: target.replyAddress, raw });
    expect(await waitUntilFiled(messageId)).toMatchObject({ caseId: target.id, outcome: "ATTACHED" });
    expect((await caseState(target.id)).status).toBe("IN_PROGRESS");
    return db.caseEvent.findFirstOrThrow({
      where: { caseId: target.id, kind: "APPLICANT_COMMENT" },
      select: { body: true, data: true },
    });
  }

  it("Thunderbird, written below the quote: the words under it arrive, not an empty comment", async () => {
    const { body, data } = await comment("thunderbird-bottom-post.eml");
    expect(body).toBe(
      "Номер отправления RA123456785RU, отправлено 20 ноября из отделения 101000.\n\nФото квитанции во вложении.",
    );
    expect(data).toMatchObject({
      quoted: expect.stringMatching(/^21\.11\.2026 10:00, Клуб клиентов пишет:\n> Здравствуйте, Иван Петров!/),
    });
  });

  it("Яндекс, HTML only: the customer's words without the quote or the signature", async () => {
    const { body, data } = await comment("yandex-html.eml");
    expect(body).toBe("Посылка так и не пришла, трек-номер RA123456785RU.\n\nПрошу разобраться.");
    expect(data).toMatchObject({ quoted: expect.stringContaining("> Уточните, пожалуйста, номер отправления.") });
  });
});
