import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { addApplicantInformation } from "@/lib/cases/applicant-updates";
import { findStatusView } from "@/lib/cases/status-view";
import { db } from "@/lib/db";
import { forgetDeliveriesSince } from "@/lib/email/test-fixtures";
import { createDeliverEmailTask } from "@/lib/email/deliver-email";
import { DELIVER_EMAIL_TASK } from "@/lib/email/delivery-job";
import { startWorker, type TWorker } from "@/lib/jobs/worker";
import { type SmtpSink, startSmtpSink } from "@/scripts/test/smtp-sink";

import { addInternalNote } from "./add-internal-note";
import { changeCaseStatus } from "./change-case-status";
import { getCaseForStaff } from "./get-case-for-staff";
import { replyToCase } from "./reply-to-case";
import { claim, complaint, email, s10, seedOffices, staff } from "./test-support";
import { updateCaseTriage } from "./update-case-triage";

let operator: TStaffUser;
let supervisor: TStaffUser;
let sink: SmtpSink;
let worker: TWorker;

beforeAll(async () => {
  await seedOffices();
  operator = await staff("OPERATOR");
  supervisor = await staff("SUPERVISOR");
  sink = await startSmtpSink();
  // This file's worker delivers this file's mail: what earlier files left queued (survey invitations to
  // every member they made, and the like) is taken back first, so the replies here wait behind nothing.
  await forgetDeliveriesSince(new Date(0));
  // The app's own delivery job, sending to a real SMTP server on loopback.
  worker = await startWorker({
    databaseUrl: inject("databaseUrl"),
    concurrency: 2,
    taskList: {
      [DELIVER_EMAIL_TASK]: createDeliverEmailTask({
        transport: "smtp",
        from: "Почта <no-reply@portal.example>",
        smtp: { host: "127.0.0.1", port: sink.port },
      }),
    },
    pollInterval: 200,
    handleSignals: false,
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

describe("the status flow", () => {
  it("pauses the clock while waiting for the customer and moves the deadline on when work resumes", async () => {
    const filed = await complaint();
    expect(filed.status).toBe("REGISTERED");
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    await changeCaseStatus({ caseId: filed.id, to: "WAITING_FOR_CUSTOMER" }, operator);
    const waiting = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(waiting.pausedAt).not.toBeNull();
    expect(waiting.dueAt).toEqual(filed.dueAt);

    await pausedFor(filed.id, 2 * 86_400_000);
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    const resumed = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(resumed.pausedAt).toBeNull();
    const moved = resumed.dueAt.getTime() - filed.dueAt.getTime();
    expect(moved).toBeGreaterThanOrEqual(2 * 86_400_000);
    expect(moved).toBeLessThan(2 * 86_400_000 + 60_000);

    const events = await db.caseEvent.findMany({ where: { caseId: filed.id, kind: "STATUS_CHANGED" }, orderBy: { createdAt: "asc" } });
    expect(events).toHaveLength(3);
    expect(events.every((event) => event.staffId === operator.id)).toBe(true);
    expect(events[2].data).toMatchObject({
      from: "WAITING_FOR_CUSTOMER",
      to: "IN_PROGRESS",
      before: { status: "WAITING_FOR_CUSTOMER", dueAt: filed.dueAt.toISOString() },
      after: { status: "IN_PROGRESS", dueAt: resumed.dueAt.toISOString(), pausedAt: null },
    });
  });

  it("resumes the clock the same way when the applicant adds information", async () => {
    const filed = await complaint();
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    await changeCaseStatus({ caseId: filed.id, to: "WAITING_FOR_CUSTOMER" }, operator);
    await pausedFor(filed.id, 3 * 86_400_000);
    await addApplicantInformation({ token: filed.token, text: "Номер окна — 3." });
    const resumed = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(resumed).toMatchObject({ status: "IN_PROGRESS", pausedAt: null });
    expect(resumed.dueAt.getTime() - filed.dueAt.getTime()).toBeGreaterThanOrEqual(3 * 86_400_000);
    expect(resumed.dueAt.getTime() - filed.dueAt.getTime()).toBeLessThan(3 * 86_400_000 + 60_000);
  });

  it("refuses moves the table does not allow, and dates answering and closing; a closed claim frees its number", async () => {
    const trackingNumber = s10();
    const filed = await claim(trackingNumber);
    await expect(changeCaseStatus({ caseId: filed.id, to: "CLOSED" }, operator)).rejects.toMatchObject({ code: "CONFLICT" });
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    await changeCaseStatus({ caseId: filed.id, to: "ANSWERED" }, operator);
    expect(await db.openClaim.findUnique({ where: { trackingNumber } })).not.toBeNull();
    await changeCaseStatus({ caseId: filed.id, to: "CLOSED" }, operator);
    const closed = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(closed.answeredAt).not.toBeNull();
    expect(closed.closedAt).not.toBeNull();
    expect(await db.openClaim.findUnique({ where: { trackingNumber } })).toBeNull();

    await changeCaseStatus({ caseId: filed.id, to: "REOPENED" }, operator);
    expect(await db.openClaim.findUnique({ where: { trackingNumber } })).toMatchObject({ caseId: filed.id });
  });
});

describe("triage and notes", () => {
  it("lets an operator take the case and set topic and priority, but not give it to someone else or move it", async () => {
    const filed = await complaint();
    const changed = await updateCaseTriage({ caseId: filed.id, assigneeId: operator.id, priority: "HIGH" }, operator);
    expect(changed.changed.sort()).toEqual(["assigneeId", "priority"]);
    await expect(updateCaseTriage({ caseId: filed.id, assigneeId: supervisor.id }, operator)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateCaseTriage({ caseId: filed.id, officePostcode: "190000" }, operator)).rejects.toMatchObject({ code: "FORBIDDEN" });

    await updateCaseTriage({ caseId: filed.id, officePostcode: "190000", assigneeId: supervisor.id }, supervisor);
    const routed = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(routed).toMatchObject({ officePostcode: "190000", region: "Санкт-Петербург", assigneeId: supervisor.id, priority: "HIGH" });
    const audit = await db.caseEvent.findFirstOrThrow({ where: { caseId: filed.id, staffId: supervisor.id } });
    expect(audit).toMatchObject({ isPublic: false });
    expect(audit.data).toMatchObject({
      action: "TRIAGE",
      before: { officePostcode: "101000", region: "Москва", assigneeId: operator.id },
      after: { officePostcode: "190000", region: "Санкт-Петербург", assigneeId: supervisor.id },
    });
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
});

describe("replying", () => {
  it("emails every applicant their own text and new link from the case's reply address, and shows the reply on the status page", async () => {
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
    expect(replied).toMatchObject({ status: "ANSWERED" });
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
    const [firstToken, secondToken] = [linkOf(toFirst.text), linkOf(toSecond.text)];
    expect(firstToken).not.toBe(secondToken);

    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: first.id, kind: "PUBLIC_REPLY" } });
    expect(event).toMatchObject({ isPublic: true, staffId: operator.id });
    expect(event.body).not.toContain("/status/");
    expect(event.body).not.toContain("Дмитрий");

    // The new link opens the case with the reply; the old one no longer does.
    const view = await findStatusView(firstToken);
    expect(view!.status).toBe("ANSWERED");
    expect(view!.events.find((item) => item.kind === "PUBLIC_REPLY")?.body).toBe(event.body);
    expect(await findStatusView(first.token)).toBeNull();
    expect((await findStatusView(secondToken))!.events.some((item) => item.kind === "PUBLIC_REPLY")).toBe(true);
  });

  it("refuses to reply to a closed case", async () => {
    const filed = await complaint();
    await db.case.update({ where: { id: filed.id }, data: { status: "CLOSED" } });
    await expect(replyToCase({ caseId: filed.id, subject: "Ответ", body: "Текст" }, operator)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.outboxMessage.count({ where: { to: filed.email, template: "case-reply" } })).toBe(0);
  });
});
