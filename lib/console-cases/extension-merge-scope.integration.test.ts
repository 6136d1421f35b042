import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { findStatusView } from "@/lib/cases/status-view";
import { db } from "@/lib/db";
import { emailsWhere } from "@/lib/email/test-fixtures";

import { addInternalNote } from "./add-internal-note";
import { changeCaseStatus } from "./change-case-status";
import { extendCaseDeadline } from "./extend-case-deadline";
import { getCaseForStaff } from "./get-case-for-staff";
import { mergeCase } from "./merge-case";
import { replyToCase } from "./reply-to-case";
import { claim, complaint, s10, seedDesk, staff } from "./test-support";
import { updateCaseTriage } from "./update-case-triage";

let supervisor: TStaffUser;
let operator: TStaffUser;

beforeAll(async () => ({ operator, supervisor } = await seedDesk()));

describe("extending the deadline", () => {
  it("extends once, with a public event and a notice to every applicant giving the reason and the new date", async () => {
    const filed = await complaint();
    const { dueAt } = await extendCaseDeadline(
      { caseId: filed.id, days: 10, reason: "Запрошены сведения у отделения" },
      supervisor,
    );
    // Ten days on, and on to the next working day if the tenth is a day off.
    expect(dueAt.getTime() - filed.dueAt!.getTime()).toBeGreaterThanOrEqual(10 * 86_400_000);
    expect(dueAt.getTime() - filed.dueAt!.getTime()).toBeLessThan(20 * 86_400_000);
    const extended = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(extended).toMatchObject({ dueAt, extensionReason: "Запрошены сведения у отделения" });
    expect(extended.extendedAt).not.toBeNull();

    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: filed.id, kind: "DEADLINE_EXTENDED" } });
    expect(event).toMatchObject({ isPublic: true, staffId: supervisor.id });
    expect(event.data).toMatchObject({
      days: 10,
      reason: "Запрошены сведения у отделения",
      before: { dueAt: filed.dueAt!.toISOString(), extendedAt: null },
      after: { dueAt: dueAt.toISOString() },
    });

    // One notice, the lifecycle's, with the link of the first email.
    const notices = (await emailsWhere({ to: filed.email })).filter((item) => item.subject.includes("продлён"));
    expect(notices).toHaveLength(1);
    const [notice] = notices;
    expect(notice.subject).toBe(`Обращение ${filed.number}: срок ответа продлён`);
    expect(notice.text).toContain("Причина: Запрошены сведения у отделения");
    expect(notice.text).toMatch(/продлён до \d{1,2} [а-я]+ \d{4}/);
    expect(notice.headers).toMatchObject({ "Reply-To": `reply+${extended.replyToken}@portal.example` });
    const token = notice.text.match(/\/status\/([A-Za-z0-9_-]{43})/)![1];
    expect(token).toBe(filed.token);
    const view = await findStatusView(token);
    expect(view!.dueAt).toEqual(dueAt);
    expect(view!.events.some((item) => item.kind === "DEADLINE_EXTENDED")).toBe(true);

    await expect(
      extendCaseDeadline({ caseId: filed.id, days: 5, reason: "Ещё раз" }, supervisor),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "caseDetail.errors.alreadyExtended",
    });
  });

  it("refuses claims within one settlement, and anyone but supervisors and admins", async () => {
    const sameSettlement = await claim(s10(), { isSameSettlement: true });
    expect(sameSettlement.deadlineRule).toBe("CLAIM_SAME_SETTLEMENT");
    await expect(
      extendCaseDeadline({ caseId: sameSettlement.id, days: 5, reason: "Проверка" }, supervisor),
    ).rejects.toMatchObject({
      messageKey: "caseDetail.errors.sameSettlement",
    });
    await expect(
      extendCaseDeadline({ caseId: sameSettlement.id, days: 5, reason: "Проверка" }, operator),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await emailsWhere({ to: sameSettlement.email })).map((item) => item.subject)).not.toContainEqual(
      expect.stringContaining("продлён"),
    );
    expect((await db.case.findUniqueOrThrow({ where: { id: sameSettlement.id } })).dueAt).toEqual(sameSettlement.dueAt);
  });
});

describe("merging duplicates", () => {
  it("moves applicants, history and files into the target, closes the duplicate and frees its claim", async () => {
    const [into, duplicate] = [await claim(s10()), await claim(s10())];
    await mergeCase({ duplicateId: duplicate.id, intoId: into.id }, supervisor);

    const closed = await db.case.findUniqueOrThrow({ where: { id: duplicate.id } });
    expect(closed).toMatchObject({ status: "CLOSED", mergedIntoId: into.id });
    expect(await db.openClaim.findUnique({ where: { trackingNumber: duplicate.trackingNumber! } })).toBeNull();
    expect(await db.openClaim.findUnique({ where: { trackingNumber: into.trackingNumber! } })).not.toBeNull();
    expect(await db.caseApplicant.count({ where: { caseId: into.id } })).toBe(2);

    const target = await getCaseForStaff(into.number, supervisor);
    expect(target!.merged.map((item) => item.number)).toEqual([duplicate.number]);
    expect(target!.events.find((event) => event.kind === "MERGED")?.data).toMatchObject({
      role: "kept",
      other: duplicate.number,
    });
    const source = await getCaseForStaff(duplicate.number, supervisor);
    expect(source!.mergedInto?.number).toBe(into.number);
    expect(source!.events.map((event) => [event.kind, event.isPublic])).toEqual([
      ["STATUS_CHANGED", false],
      ["MERGED", false],
    ]);
    expect(source!.events[0].data).toMatchObject({
      from: "REGISTERED",
      to: "CLOSED",
      via: "merge",
      after: { mergedIntoId: into.id },
    });
    expect(source!.events[1].data).toMatchObject({ role: "duplicate", other: into.number, moved: { applicants: 1 } });

    // The duplicate's applicant now follows the target case, and sees their own filing there.
    const view = await findStatusView(duplicate.token);
    expect(view!.number).toBe(into.number);
    expect(view!.events.some((event) => event.kind === "APPLICANT_JOINED" && event.isOwn)).toBe(true);

    await expect(mergeCase({ duplicateId: duplicate.id, intoId: into.id }, supervisor)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(mergeCase({ duplicateId: into.id, intoId: into.id }, supervisor)).rejects.toMatchObject({
      code: "INVALID",
    });
  });
});

describe("who may do what", () => {
  it("answers an office head about another office's case as if it did not exist, in every function", async () => {
    const head = await staff("OFFICE_HEAD", ["101000"]);
    const theirs = await complaint({ officePostcode: "101000" });
    const others = await complaint({ officePostcode: "190000" });
    const otherTarget = await complaint({ officePostcode: "190000" });

    expect(await getCaseForStaff(theirs.number, head)).not.toBeNull();
    expect(await getCaseForStaff(others.number, head)).toBeNull();
    const notFound = { code: "NOT_FOUND" };
    await expect(updateCaseTriage({ caseId: others.id, priority: "HIGH" }, head)).rejects.toMatchObject(notFound);
    await expect(changeCaseStatus({ caseId: others.id, to: "IN_PROGRESS" }, head)).rejects.toMatchObject(notFound);
    await expect(addInternalNote({ caseId: others.id, body: "заметка" }, head)).rejects.toMatchObject(notFound);
    await expect(replyToCase({ caseId: others.id, subject: "Ответ", body: "Текст" }, head)).rejects.toMatchObject(
      notFound,
    );
    // Extending and merging are for supervisors and admins; office heads are refused before the case is read.
    await expect(extendCaseDeadline({ caseId: others.id, days: 5, reason: "x" }, head)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(mergeCase({ duplicateId: others.id, intoId: otherTarget.id }, head)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Nor can the head move their own case to an office outside their scope.
    await expect(updateCaseTriage({ caseId: theirs.id, officePostcode: "190000" }, head)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await changeCaseStatus({ caseId: theirs.id, to: "IN_PROGRESS" }, head);

    const untouched = await db.case.findUniqueOrThrow({ where: { id: others.id } });
    expect(untouched).toMatchObject({ status: "REGISTERED", priority: "NORMAL" });
    expect(await db.caseEvent.count({ where: { caseId: others.id, staffId: { not: null } } })).toBe(0);
  });

  it("refuses every change to an analyst, and a missing case to everyone", async () => {
    const analyst = await staff("ANALYST");
    const filed = await complaint();
    expect(await getCaseForStaff(filed.number, analyst)).not.toBeNull();
    const forbidden = { code: "FORBIDDEN" };
    await expect(updateCaseTriage({ caseId: filed.id, priority: "HIGH" }, analyst)).rejects.toMatchObject(forbidden);
    await expect(changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, analyst)).rejects.toMatchObject(forbidden);
    await expect(addInternalNote({ caseId: filed.id, body: "заметка" }, analyst)).rejects.toMatchObject(forbidden);
    await expect(replyToCase({ caseId: filed.id, subject: "Ответ", body: "Текст" }, analyst)).rejects.toMatchObject(
      forbidden,
    );
    await expect(extendCaseDeadline({ caseId: filed.id, days: 5, reason: "x" }, analyst)).rejects.toMatchObject(
      forbidden,
    );
    await expect(mergeCase({ duplicateId: filed.id, intoId: randomUUID() }, analyst)).rejects.toMatchObject(forbidden);
    expect(await db.caseEvent.count({ where: { caseId: filed.id, staffId: { not: null } } })).toBe(0);

    await expect(changeCaseStatus({ caseId: randomUUID(), to: "IN_PROGRESS" }, supervisor)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
