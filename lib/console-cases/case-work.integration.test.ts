import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { addApplicantInformation } from "@/lib/cases/applicant-updates";
import { findStatusView } from "@/lib/cases/status-view";
import { db } from "@/lib/db";
import { createDeliverEmailTask } from "@/lib/email/deliver-email";
import { DELIVER_EMAIL_TASK } from "@/lib/email/delivery-job";
import { emailsWhere, forgetDeliveriesSince } from "@/lib/email/test-fixtures";
import { startTestWorker } from "@/lib/jobs/test-support";
import type { TWorker } from "@/lib/jobs/worker";
import { startSmtpSink, type SmtpSink } from "@/scripts/test/smtp-sink";

import { addInternalNote } from "./add-internal-note";
import { changeCaseStatus } from "./change-case-status";
import { getCaseForStaff } from "./get-case-for-staff";
import { markCustomerNewsSeen } from "./mark-customer-news-seen";
import { mergeCase } from "./merge-case";
import { saveReplyTemplate } from "./reply-templates";
import { replyToCase } from "./reply-to-case";
import { claim, complaint, email, s10, seedDesk, staff } from "./test-support";
import { updateCaseTriage } from "./update-case-triage";

let operator: TStaffUser;
let supervisor: TStaffUser;
let sink: SmtpSink;
let worker: TWorker;

beforeAll(async () => {
  ({ operator, supervisor } = await seedDesk());
  sink = await startSmtpSink();
  // This file's worker delivers this file's mail: what earlier files left queued (survey invitations to
  // every member they made, and the like) is taken back first, so the replies here wait behind nothing.
  await forgetDeliveriesSince(new Date(0));
  // The app's own delivery job, sending to a real SMTP server on loopback.
  worker = await startTestWorker({
    [DELIVER_EMAIL_TASK]: createDeliverEmailTask({
      transport: "smtp",
      from: "Почта <no-reply@portal.example>",
      smtp: { host: "127.0.0.1", port: sink.port },
    }),
  });
});

afterAll(async () => {
  await worker.stop();
  await sink.close();
});

/** Moves the case's pause back in time, as if it had waited that long. */
async function pausedFor(caseId: string, ms: number) {
  const { pausedAt } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { pausedAt: true } });
  await db.case.update({ where: { id: caseId }, data: { pausedAt: new Date(pausedAt!.getTime() - ms) } });
}

const DAY = 86_400_000;

describe("the status control", () => {
  it("pauses the clock while waiting for the customer and moves the deadline on by the days it stood still", async () => {
    const filed = await complaint();
    expect(filed.status).toBe("REGISTERED");
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    await changeCaseStatus({ caseId: filed.id, to: "WAITING_FOR_CUSTOMER" }, operator);
    const waiting = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(waiting.pausedAt).not.toBeNull();
    expect(waiting.dueAt).toEqual(filed.dueAt);

    await pausedFor(filed.id, 2 * DAY);
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    const resumed = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(resumed.pausedAt).toBeNull();
    // Two calendar days, and further on when the new last day is a day off.
    const moved = resumed.dueAt!.getTime() - filed.dueAt!.getTime();
    expect(moved).toBeGreaterThanOrEqual(2 * DAY);
    expect(moved).toBeLessThan(14 * DAY);

    const events = await db.caseEvent.findMany({
      where: { caseId: filed.id, kind: "STATUS_CHANGED" },
      orderBy: { createdAt: "asc" },
    });
    expect(events).toHaveLength(3);
    expect(events.every((event) => event.staffId === operator.id && event.isPublic)).toBe(true);
    expect(events[2].data).toMatchObject({
      from: "WAITING_FOR_CUSTOMER",
      to: "IN_PROGRESS",
      via: "status",
      before: { status: "WAITING_FOR_CUSTOMER", dueAt: filed.dueAt!.toISOString() },
      after: { status: "IN_PROGRESS", dueAt: resumed.dueAt!.toISOString(), pausedAt: null },
    });
  });

  it("resumes the clock the same way when the applicant adds information", async () => {
    const filed = await complaint();
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    await changeCaseStatus({ caseId: filed.id, to: "WAITING_FOR_CUSTOMER" }, operator);
    await pausedFor(filed.id, 3 * DAY);
    await addApplicantInformation({ token: filed.token, text: "Номер окна — 3." });
    const resumed = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(resumed).toMatchObject({ status: "IN_PROGRESS", pausedAt: null });
    expect(resumed.dueAt!.getTime() - filed.dueAt!.getTime()).toBeGreaterThanOrEqual(3 * DAY);
  });

  it("refuses what the lifecycle refuses, with its reason; an answer comes only by reply; a closed claim frees its number", async () => {
    const trackingNumber = s10();
    const filed = await claim(trackingNumber);
    await expect(changeCaseStatus({ caseId: filed.id, to: "CLOSED" }, operator)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "caseDetail.errors.move.ONLY_BY_MERGE",
    });
    await expect(changeCaseStatus({ caseId: filed.id, to: "ANSWERED" }, operator)).rejects.toMatchObject({
      messageKey: "caseDetail.errors.move.NEEDS_REPLY",
    });
    await expect(changeCaseStatus({ caseId: filed.id, to: "FORWARDED" }, operator)).rejects.toMatchObject({
      messageKey: "caseDetail.errors.move.NEEDS_NOTICE",
    });
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    await replyToCase(
      { caseId: filed.id, subject: "Ответ", body: "Отправление найдено.", setStatus: "ANSWERED" },
      operator,
    );
    expect(await db.openClaim.findUnique({ where: { trackingNumber } })).not.toBeNull();
    await changeCaseStatus({ caseId: filed.id, to: "CLOSED" }, operator);
    const closed = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(closed).toMatchObject({ answeredById: operator.id });
    expect(closed.answeredAt).not.toBeNull();
    expect(closed.closedAt).not.toBeNull();
    expect(await db.openClaim.findUnique({ where: { trackingNumber } })).toBeNull();

    await changeCaseStatus({ caseId: filed.id, to: "REOPENED" }, operator);
    expect(await db.openClaim.findUnique({ where: { trackingNumber } })).toMatchObject({ caseId: filed.id });
  });

  it("leaves a merged duplicate with the case it joined", async () => {
    const [into, duplicate] = [await complaint(), await complaint()];
    await mergeCase({ duplicateId: duplicate.id, intoId: into.id }, supervisor);
    await expect(changeCaseStatus({ caseId: duplicate.id, to: "REOPENED" }, supervisor)).rejects.toMatchObject({
      messageKey: "caseDetail.errors.merged",
    });
  });
});

describe("triage and notes", () => {
  it("records the assignee, the priority and the routing each as its own event; an operator takes cases only themselves", async () => {
    const filed = await complaint();
    const changed = await updateCaseTriage({ caseId: filed.id, assigneeId: operator.id, priority: "HIGH" }, operator);
    expect(changed.changed.sort()).toEqual(["assigneeId", "priority"]);
    await expect(updateCaseTriage({ caseId: filed.id, assigneeId: supervisor.id }, operator)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(updateCaseTriage({ caseId: filed.id, officePostcode: "190000" }, operator)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const analyst = await staff("ANALYST");
    await expect(updateCaseTriage({ caseId: filed.id, assigneeId: analyst.id }, supervisor)).rejects.toMatchObject({
      code: "INVALID",
      field: "assigneeId",
    });

    await updateCaseTriage({ caseId: filed.id, officePostcode: "190000", assigneeId: supervisor.id }, supervisor);
    const routed = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(routed).toMatchObject({
      officePostcode: "190000",
      region: "Санкт-Петербург",
      assigneeId: supervisor.id,
      priority: "HIGH",
    });

    const events = await db.caseEvent.findMany({
      where: { caseId: filed.id, kind: { in: ["ASSIGNED", "PRIORITY_CHANGED", "TRIAGED"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.every((event) => !event.isPublic)).toBe(true);
    expect(events.map((event) => [event.kind, event.staffId])).toEqual([
      ["ASSIGNED", operator.id],
      ["PRIORITY_CHANGED", operator.id],
      ["ASSIGNED", supervisor.id],
      ["TRIAGED", supervisor.id],
    ]);
    expect(events[1].data).toMatchObject({ from: "NORMAL", to: "HIGH", reason: "TRIAGE" });
    expect(events[2].data).toMatchObject({
      assigneeId: supervisor.id,
      before: { assigneeId: operator.id },
      after: { assigneeId: supervisor.id },
    });
    expect(events[3].data).toEqual({
      before: { officePostcode: "101000", region: "Москва" },
      after: { officePostcode: "190000", region: "Санкт-Петербург" },
    });

    // The history names the assignee.
    const view = await getCaseForStaff(filed.number, supervisor);
    expect(view!.names.assigneeId[supervisor.id]).toBe(supervisor.name);
  });

  it("keeps internal notes in the staff history and away from the applicant", async () => {
    const filed = await complaint();
    await addInternalNote({ caseId: filed.id, body: "Позвонить начальнику отделения" }, operator);
    const view = await getCaseForStaff(filed.number, operator);
    const note = view!.events.find((event) => event.kind === "INTERNAL_NOTE");
    expect(note).toMatchObject({ isPublic: false, body: "Позвонить начальнику отделения", staffName: operator.name });
    const status = await findStatusView(filed.token);
    expect(status!.events.map((event) => event.body)).not.toContain("Позвонить начальнику отделения");
  });

  it("stops showing news from the customer once a case worker has opened the case, not when an analyst reads it", async () => {
    const filed = await complaint();
    await db.case.update({ where: { id: filed.id }, data: { customerNewsAt: new Date() } });
    const analyst = await staff("ANALYST");
    await markCustomerNewsSeen((await getCaseForStaff(filed.number, analyst))!, analyst);
    expect((await db.case.findUniqueOrThrow({ where: { id: filed.id } })).customerNewsAt).not.toBeNull();
    await markCustomerNewsSeen((await getCaseForStaff(filed.number, operator))!, operator);
    expect((await db.case.findUniqueOrThrow({ where: { id: filed.id } })).customerNewsAt).toBeNull();
  });
});

describe("replying", () => {
  it("emails every applicant their own text and link from the case's reply address; an answer then asks them to rate it", async () => {
    const trackingNumber = s10();
    const first = await claim(trackingNumber, { firstName: "Дмитрий" });
    const second = await claim(trackingNumber, { firstName: "Ольга", email: email("second") });
    const applicants = await db.caseApplicant.findMany({ where: { caseId: first.id }, orderBy: { createdAt: "asc" } });
    expect(applicants).toHaveLength(2);
    await changeCaseStatus({ caseId: first.id, to: "IN_PROGRESS" }, operator);

    const result = await replyToCase(
      {
        caseId: first.id,
        subject: "Ответ по обращению {caseNumber}",
        body: "Здравствуйте, {name}!\n\nОтправление {trackingNumber} найдено. Ссылка: {statusLink}",
        setStatus: "ANSWERED",
      },
      operator,
    );
    expect(result.recipients).toBe(2);

    const replied = await db.case.findUniqueOrThrow({ where: { id: first.id } });
    expect(replied).toMatchObject({ status: "ANSWERED", answeredById: operator.id });
    expect(replied.replyToken).toMatch(/^[a-z0-9]{20}$/);
    expect(replied.firstRepliedAt).not.toBeNull();
    const replyTo = `reply+${replied.replyToken}@portal.example`;

    const subject = `Ответ по обращению ${first.number}`;
    const [toFirst, toSecond] = await Promise.all([
      sink.waitFor((message) => message.to.includes(first.email) && message.subject === subject),
      sink.waitFor((message) => message.to.includes(second.email) && message.subject === subject),
    ]);
    expect(toFirst.headers["reply-to"]).toContain(replyTo);
    expect(toSecond.headers["reply-to"]).toContain(replyTo);
    expect(toFirst.text).toContain("Здравствуйте, Дмитрий!");
    expect(toSecond.text).toContain("Здравствуйте, Ольга!");
    expect(toFirst.text).toContain(`Отправление ${trackingNumber} найдено`);
    const linkOf = (text: string) => text.match(/\/status\/([A-Za-z0-9_-]{43})/)![1];
    // Each applicant's own link, the one of their first email.
    expect(linkOf(toFirst.text)).toBe(first.token);
    expect(linkOf(toSecond.text)).toBe(second.token);

    // The reply first, then the notice that the case is answered, which asks for a rating.
    const mail = await emailsWhere({ to: first.email, template: { in: ["case-reply", "case-status"] } });
    expect(mail.map((item) => item.template).slice(-2)).toEqual(["case-reply", "case-status"]);
    expect(mail.at(-1)!.subject).toBe(`Заявление на розыск ${first.number}: дан ответ — оцените его`);

    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: first.id, kind: "PUBLIC_REPLY" } });
    expect(event).toMatchObject({ isPublic: true, staffId: operator.id });
    expect(event.data).toMatchObject({ subject, recipients: 2, templateId: null });
    expect(event.body).not.toContain("/status/");
    // The history's one copy, which both claimants read, greets neither of them, nor a stand-in («заявитель»).
    expect(event.body).toBe(`Отправление ${trackingNumber} найдено. Ссылка: (личная ссылка из письма)`);
    const moved = await db.caseEvent.findFirstOrThrow({
      where: { caseId: first.id, kind: "STATUS_CHANGED", data: { path: ["to"], equals: "ANSWERED" } },
    });
    expect(moved.data).toMatchObject({ from: "IN_PROGRESS", via: "reply" });

    const view = await findStatusView(first.token);
    expect(view!.status).toBe("ANSWERED");
    expect(view!.events.find((item) => item.kind === "PUBLIC_REPLY")?.body).toBe(event.body);
  });

  it("with the request-details template, asks and waits for the customer: the clock pauses and the reply is the only email", async () => {
    const { id: templateId } = await saveReplyTemplate(
      {
        code: `request-details-${Date.now()}`,
        title: "Запрос дополнительных сведений",
        locale: "ru",
        subject: "Нужны сведения по обращению {caseNumber}",
        body: "Здравствуйте, {name}! Уточните, пожалуйста, дату посещения отделения.",
        nextStatus: "WAITING_FOR_CUSTOMER",
      },
      supervisor,
    );
    const template = await db.replyTemplate.findUniqueOrThrow({ where: { id: templateId } });
    const filed = await complaint();
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    const before = (await emailsWhere({ to: filed.email })).length;

    // The reply form pre-selects the template's next status.
    await replyToCase(
      { caseId: filed.id, templateId, subject: template.subject, body: template.body, setStatus: template.nextStatus! },
      operator,
    );

    const waiting = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(waiting).toMatchObject({ status: "WAITING_FOR_CUSTOMER", answeredAt: null });
    expect(waiting.pausedAt).not.toBeNull();
    const mail = await emailsWhere({ to: filed.email });
    expect(mail.slice(before).map((item) => item.template)).toEqual(["case-reply"]);
    expect((await findStatusView(filed.token))!.status).toBe("WAITING_FOR_CUSTOMER");
  });

  it("moves the case only where a reply may take it", async () => {
    const filed = await complaint();
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    await expect(
      replyToCase({ caseId: filed.id, subject: "Ответ", body: "Текст", setStatus: "REGISTERED" }, operator),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "caseDetail.errors.move.NOT_A_MOVE" });
    expect(await db.outboxMessage.count({ where: { to: filed.email, template: "case-reply" } })).toBe(0);
  });

  it("refuses to reply to a closed or otherwise ended case", async () => {
    for (const status of ["CLOSED", "FORWARDED"] as const) {
      const filed = await complaint();
      await db.case.update({ where: { id: filed.id }, data: { status } });
      await expect(replyToCase({ caseId: filed.id, subject: "Ответ", body: "Текст" }, operator)).rejects.toMatchObject({
        code: "CONFLICT",
        messageKey: "caseDetail.errors.closed",
      });
      expect(await db.outboxMessage.count({ where: { to: filed.email, template: "case-reply" } })).toBe(0);
    }
  });
});
