import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { png1x1 } from "@/lib/attachments/test-fixtures";
import { db } from "@/lib/db";
import { emailWhere } from "@/lib/email/test-fixtures";
import { startTestWorker } from "@/lib/jobs/test-support";

import { receiveInboundEmail } from "./receive-inbound-email";
import {
  seedCase,
  sendMail,
  startInboundRig,
  uniqueEmail,
  waitUntilFiled,
  waitUntilFilingJobsRan,
} from "./test-support";

// Real PostgreSQL, a real SMTP listener on a free loopback port, real nodemailer, a real graphile worker.
let listener: Awaited<ReturnType<typeof startInboundRig>>;

beforeAll(async () => {
  listener = await startInboundRig(startTestWorker);
});

afterAll(async () => {
  await listener?.stop();
});

const QUOTED_GMAIL =
  "\n\nOn Sat, Nov 21, 2026 at 10:00 AM Customer Club <reply@portal.example> wrote:\n> Здравствуйте! Уточните номер.\n> Клуб клиентов";

async function commentsOf(caseId: string) {
  return db.caseEvent.findMany({
    where: { caseId, kind: "APPLICANT_COMMENT" },
    select: {
      id: true,
      body: true,
      isPublic: true,
      applicantId: true,
      data: true,
      attachments: { select: { fileName: true, contentType: true, size: true } },
    },
  });
}

describe("customers' email replies", () => {
  it("land in the case of the plus-address as the applicant's comment, quote stripped, photo kept, a bad file listed", async () => {
    const email = uniqueEmail("ivan");
    const target = await seedCase({ email });
    const messageId = await sendMail(listener.port, {
      from: `Иван Петров <${email}>`,
      to: target.replyAddress,
      subject: `Re: Ваше обращение зарегистрировано: ${target.number}`,
      text: `Номер отправления RA123456785RU, фото упаковки во вложении.${QUOTED_GMAIL}`,
      attachments: [
        { filename: "упаковка.png", content: Buffer.from(png1x1()) },
        { filename: "virus.exe", content: Buffer.from("MZ not a photo at all") },
      ],
    });
    const filed = await waitUntilFiled(messageId);
    expect(filed).toMatchObject({ caseId: target.id, outcome: "ATTACHED", raw: null });

    const [comment] = await commentsOf(target.id);
    expect(comment.body).toBe("Номер отправления RA123456785RU, фото упаковки во вложении.");
    expect(comment.isPublic).toBe(true);
    expect(comment.applicantId).toBe(target.applicantId);
    expect(comment.data).toEqual({
      channel: "EMAIL",
      messageId,
      quoted: QUOTED_GMAIL.trim(),
      refusedFiles: [{ fileName: "virus.exe", reason: "attachments.typeNotAllowed" }],
    });
    expect(comment.attachments).toEqual([
      { fileName: "упаковка.png", contentType: "image/png", size: png1x1().byteLength },
    ]);
  });

  it("land once when the same Message-ID arrives twice, over SMTP or handed in directly", async () => {
    const email = uniqueEmail("twice");
    const target = await seedCase({ email });
    const mail = { from: email, to: target.replyAddress, subject: "Re: обращение", text: "Жду ответа." };
    const messageId = await sendMail(listener.port, mail);
    await sendMail(listener.port, { ...mail, messageId });
    const filed = await waitUntilFiled(messageId);
    expect(await db.inboundEmail.count({ where: { messageId } })).toBe(1);

    const raw = `From: ${email}\r\nTo: ${target.replyAddress}\r\nSubject: again\r\nMessage-ID: ${messageId}\r\n\r\nЖду ответа.\r\n`;
    expect(await receiveInboundEmail(raw)).toEqual({ outcome: "DUPLICATE" });
    // A second filing job, had the second delivery queued one, has run before the comments are counted.
    await waitUntilFilingJobsRan(filed.id);
    expect(await commentsOf(target.id)).toHaveLength(1);
  });

  it("find the case by the reply address in the envelope when the headers do not show it (Bcc, forwarding)", async () => {
    const email = uniqueEmail("bcc");
    const target = await seedCase({ email });
    const messageId = await sendMail(listener.port, {
      from: email,
      to: "undisclosed-recipients:;",
      envelopeTo: target.replyAddress,
      subject: "Fwd: письмо",
      text: "Пересылаю ответ почтальона.",
    });
    expect(await waitUntilFiled(messageId)).toMatchObject({ caseId: target.id, outcome: "ATTACHED" });
  });

  it("match a case number in the subject only from one of the case's applicants", async () => {
    const email = uniqueEmail("owner");
    const target = await seedCase({ email });
    const own = await receiveInboundEmail(
      `From: "Иван" <${email.toUpperCase()}>\r\nTo: reply@portal.example\r\nSubject: =?UTF-8?B?${Buffer.from(`Вопрос по ${target.number}`).toString("base64")}?=\r\nMessage-ID: <own-${target.id}@mail.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nЕсть новости?\r\n`,
    );
    expect(own).toMatchObject({ outcome: "ATTACHED", caseId: target.id });

    const stranger = uniqueEmail("stranger");
    const messageId = await sendMail(listener.port, {
      from: stranger,
      to: "reply@portal.example",
      subject: `Re: ${target.number}`,
      text: "Это письмо не должно попасть в чужое обращение.",
    });
    const filed = await waitUntilFiled(messageId);
    expect(filed.outcome).toBe("NEW_CASE");
    expect(filed.caseId).not.toBe(target.id);
    expect((await commentsOf(target.id)).map((comment) => comment.body)).toEqual(["Есть новости?"]);
    const created = await db.case.findUniqueOrThrow({
      where: { id: filed.caseId! },
      select: { channel: true, applicantEmail: true },
    });
    expect(created).toEqual({ channel: "EMAIL", applicantEmail: stranger });
  });

  it("open a new EMAIL complaint for mail that matches no case, with the confirmation email", async () => {
    const sender = uniqueEmail("new");
    const messageId = await sendMail(listener.port, {
      from: `Анна Смирнова <${sender}>`,
      to: "reply@portal.example",
      subject: "Посылка не пришла",
      text: "Отправление RA123456785RU не доставлено уже месяц.\n\n-- \nАнна Смирнова\n+7 900 000-00-00",
    });
    const filed = await waitUntilFiled(messageId);
    expect(filed.outcome).toBe("NEW_CASE");

    const created = await db.case.findUniqueOrThrow({
      where: { id: filed.caseId! },
      select: {
        number: true,
        type: true,
        channel: true,
        status: true,
        text: true,
        replyToken: true,
        topic: { select: { code: true } },
        applicants: { select: { email: true, firstName: true, lastName: true, locale: true } },
      },
    });
    expect(created).toMatchObject({
      type: "COMPLAINT",
      channel: "EMAIL",
      status: "REGISTERED",
      topic: { code: "other" },
    });
    expect(created.number).toMatch(/^Ж-\d{4}-\d{6}$/);
    expect(created.text).toBe("Посылка не пришла\n\nОтправление RA123456785RU не доставлено уже месяц.");
    expect(created.applicants).toEqual([{ email: sender, firstName: "Анна", lastName: "Смирнова", locale: "ru" }]);

    const confirmation = await emailWhere({ to: sender });
    expect(confirmation.template).toBe("case-filed");
    expect(confirmation.subject).toBe(`Ваше обращение зарегистрировано: ${created.number}`);
    expect(confirmation.text).toMatch(/\/status\/[A-Za-z0-9_-]{20,}/);
    expect(confirmation.headers).toMatchObject({ "Reply-To": `reply+${created.replyToken}@portal.example` });
  });

  it("file auto-replies and bounces nowhere: a waiting case keeps waiting, a bounce opens no case", async () => {
    const email = uniqueEmail("away");
    const target = await seedCase({ email, status: "WAITING_FOR_CUSTOMER", pausedAt: new Date() });
    const outOfOffice = await receiveInboundEmail(
      `From: ${email}\r\nTo: ${target.replyAddress}\r\nSubject: Out of office\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <away-${target.id}@mail.example>\r\n\r\nI am away until Monday.\r\n`,
    );
    expect(outOfOffice).toEqual({ outcome: "IGNORED" });
    expect(await commentsOf(target.id)).toHaveLength(0);
    expect((await db.case.findUniqueOrThrow({ where: { id: target.id }, select: { status: true } })).status).toBe(
      "WAITING_FOR_CUSTOMER",
    );

    const bounce = await receiveInboundEmail(
      `From: MAILER-DAEMON@mx.mail.example\r\nTo: reply@portal.example\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <bounce-${target.id}@mx.mail.example>\r\n\r\nThis is the mail system.\r\n`,
    );
    expect(bounce).toEqual({ outcome: "IGNORED" });
    expect(await db.case.count({ where: { applicantEmail: "mailer-daemon@mx.mail.example" } })).toBe(0);
  });

  it("open at most ten new cases an hour from one sender, keeping the rest unfiled", async () => {
    const sender = uniqueEmail("flood");
    const outcomes = [];
    for (let index = 0; index < 11; index += 1) {
      const raw = `From: ${sender}\r\nTo: reply@portal.example\r\nSubject: Flood ${index}\r\nMessage-ID: <flood-${index}-${sender}>\r\n\r\nText ${index}\r\n`;
      outcomes.push((await receiveInboundEmail(raw)).outcome);
    }
    expect(outcomes).toEqual([...Array(10).fill("NEW_CASE"), "RATE_LIMITED"]);
    expect(await db.case.count({ where: { applicantEmail: sender } })).toBe(10);
    const kept = await db.inboundEmail.findUniqueOrThrow({
      where: { messageId: `<flood-10-${sender}>` },
      select: { raw: true, caseId: true },
    });
    expect(kept.caseId).toBeNull();
    expect(kept.raw).not.toBeNull();
  });

  it("refuse mail for other domains at RCPT, so the listener relays nothing", async () => {
    await expect(
      sendMail(listener.port, {
        from: uniqueEmail("x"),
        to: "someone@elsewhere.example",
        subject: "relay?",
        text: "…",
      }),
    ).rejects.toThrow(/550|Relay/);
  });
});
