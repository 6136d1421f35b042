import { beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { getCaseForStaff } from "./get-case-for-staff";
import { leaveCase, reportPresence } from "./presence";
import { replyBasisOf } from "./reply-basis";
import { deleteReplyDraft, readReplyDraft, saveReplyDraft } from "./reply-drafts";
import { replyToCase, sendCaseReply } from "./reply-to-case";
import { complaint, seedDesk, staff } from "./test-support";

let first: TStaffUser;
let second: TStaffUser;

beforeAll(async () => {
  ({ operator: first } = await seedDesk());
  second = await staff("OPERATOR");
});

const reply = (caseId: string, body: string, basisReplyId: string | null) => ({
  caseId,
  subject: "Ответ по обращению {caseNumber}",
  body,
  basisReplyId,
});

describe("a reply draft", () => {
  it("is kept per case and staff member, private to its author, and goes when the reply is sent", async () => {
    const filed = await complaint();
    const saved = await saveReplyDraft(
      { caseId: filed.id, body: "Здравствуйте! Мы проверили", templateId: null },
      first,
    );
    expect(saved.savedAt).toBeInstanceOf(Date);
    expect(await readReplyDraft(filed.id, first)).toMatchObject({
      body: "Здравствуйте! Мы проверили",
      templateId: null,
    });
    // Another staff member on the same case sees nothing of it.
    expect(await readReplyDraft(filed.id, second)).toBeNull();

    await saveReplyDraft({ caseId: filed.id, body: "Здравствуйте! Мы проверили журнал", templateId: null }, first);
    expect((await readReplyDraft(filed.id, first))?.body).toBe("Здравствуйте! Мы проверили журнал");
    expect(await db.replyDraft.count({ where: { caseId: filed.id } })).toBe(1);

    await replyToCase(reply(filed.id, "Здравствуйте! Мы проверили журнал.", null), first);
    expect(await readReplyDraft(filed.id, first)).toBeNull();
  });

  it("is deleted when asked, or when its text is emptied", async () => {
    const filed = await complaint();
    await saveReplyDraft({ caseId: filed.id, body: "Черновик", templateId: null }, first);
    await deleteReplyDraft({ caseId: filed.id }, first);
    expect(await readReplyDraft(filed.id, first)).toBeNull();

    await saveReplyDraft({ caseId: filed.id, body: "Черновик", templateId: null }, first);
    expect(await saveReplyDraft({ caseId: filed.id, body: "  ", templateId: null }, first)).toEqual({ savedAt: null });
    expect(await readReplyDraft(filed.id, first)).toBeNull();
  });

  it("is refused to those who do not work cases, and on a case outside the staff member's offices", async () => {
    const filed = await complaint();
    const draft = { caseId: filed.id, body: "Текст", templateId: null };
    await expect(saveReplyDraft(draft, await staff("ANALYST"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveReplyDraft(draft, await staff("OFFICE_HEAD", ["190000"]))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("presence on a case", () => {
  it("tells each staff member about the others on the case and whether they write, never about themselves", async () => {
    const filed = await complaint();
    const alone = await reportPresence(filed.number, { isWriting: false, basisReplyId: null }, first);
    expect(alone.colleagues).toEqual([]);

    await reportPresence(filed.number, { isWriting: true, basisReplyId: null }, second);
    const seen = await reportPresence(filed.number, { isWriting: false, basisReplyId: null }, first);
    expect(seen.colleagues).toEqual([{ staffId: second.id, name: second.name, isWriting: true }]);
    expect((await reportPresence(filed.number, { isWriting: false, basisReplyId: null }, second)).colleagues).toEqual([
      { staffId: first.id, name: first.name, isWriting: false },
    ]);

    await leaveCase(filed.number, second);
    expect((await reportPresence(filed.number, { isWriting: false, basisReplyId: null }, first)).colleagues).toEqual(
      [],
    );
  });

  it("forgets a page that stopped calling, and prunes long-gone rows", async () => {
    const filed = await complaint();
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await reportPresence(filed.number, { isWriting: true, basisReplyId: null }, second, longAgo);
    await db.casePresence.update({
      where: { caseId_staffId: { caseId: filed.id, staffId: second.id } },
      data: { seenAt: new Date(Date.now() - 40_000) },
    });
    expect((await reportPresence(filed.number, { isWriting: false, basisReplyId: null }, first)).colleagues).toEqual(
      [],
    );

    await db.casePresence.update({
      where: { caseId_staffId: { caseId: filed.id, staffId: second.id } },
      data: { seenAt: longAgo },
    });
    await reportPresence(filed.number, { isWriting: false, basisReplyId: null }, first);
    expect(await db.casePresence.count({ where: { caseId: filed.id, staffId: second.id } })).toBe(0);
  });

  it("answers a case outside the scope as a missing one", async () => {
    const filed = await complaint();
    const head = await staff("OFFICE_HEAD", ["190000"]);
    await expect(reportPresence(filed.number, { isWriting: false, basisReplyId: null }, head)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("a colleague's reply sent meanwhile", () => {
  it("is shown instead of sending, with the draft kept, and sending over it as the new basis goes through", async () => {
    const filed = await complaint();
    const shown = await getCaseForStaff(filed.number, second);
    const basis = replyBasisOf(shown!.events);
    expect(basis).toBeNull();
    await saveReplyDraft({ caseId: filed.id, body: "Мой ответ", templateId: null }, second);

    const sent = await sendCaseReply(reply(filed.id, "Посылка найдена, её вручат завтра.", basis), first);
    expect(sent).toEqual({ isSent: true, recipients: 1 });

    // The heartbeat tells of it before the send button is pressed.
    const early = await reportPresence(filed.number, { isWriting: true, basisReplyId: basis }, second);
    expect(early.newerReply).toMatchObject({ staffName: first.name, body: "Посылка найдена, её вручат завтра." });

    const refused = await sendCaseReply(reply(filed.id, "Мой ответ", basis), second);
    expect(refused).toMatchObject({
      isSent: false,
      newerReply: { staffName: first.name, body: "Посылка найдена, её вручат завтра." },
    });
    if (refused.isSent) throw new Error("sent");
    expect(await db.caseEvent.count({ where: { caseId: filed.id, kind: "PUBLIC_REPLY" } })).toBe(1);
    expect(await readReplyDraft(filed.id, second)).toMatchObject({ body: "Мой ответ" });

    // «Всё равно отправить»: the colleague's reply is the basis now.
    const resent = await sendCaseReply(reply(filed.id, "Мой ответ", refused.newerReply.id), second);
    expect(resent).toEqual({ isSent: true, recipients: 1 });
    expect(await db.caseEvent.count({ where: { caseId: filed.id, kind: "PUBLIC_REPLY" } })).toBe(2);
    expect(await readReplyDraft(filed.id, second)).toBeNull();
  });

  it("does not count one's own earlier reply", async () => {
    const filed = await complaint();
    await replyToCase(reply(filed.id, "Первый ответ", null), first);
    expect(await sendCaseReply(reply(filed.id, "Второй ответ", null), first)).toMatchObject({ isSent: true });
  });

  it("orders two replies sent at the same moment: one goes, the other is shown it", async () => {
    const filed = await complaint();
    const outcomes = await Promise.all([
      sendCaseReply(reply(filed.id, "Ответ первого", null), first),
      sendCaseReply(reply(filed.id, "Ответ второго", null), second),
    ]);
    expect(outcomes.filter((outcome) => outcome.isSent)).toHaveLength(1);
    const [overtaken] = outcomes.filter((outcome) => !outcome.isSent);
    expect(overtaken).toBeDefined();
    expect(await db.caseEvent.count({ where: { caseId: filed.id, kind: "PUBLIC_REPLY" } })).toBe(1);
  });
});
