import { beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { changeCaseStatus } from "@/lib/console-cases/change-case-status";
import { replyToCase } from "@/lib/console-cases/reply-to-case";
import { claim, complaint, s10, seedDesk, staff } from "@/lib/console-cases/test-support";
import { db } from "@/lib/db";

import { bulkUpdateCases } from "./bulk-update-cases";
import { ZBulkUpdate } from "./schemas";

let operator: TStaffUser;
let supervisor: TStaffUser;

beforeAll(async () => ({ operator, supervisor } = await seedDesk()));

/** A complaint answered by a reply, the one way a case is answered. */
async function answered() {
  const filed = await complaint();
  await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
  await replyToCase({ caseId: filed.id, subject: "Ответ", body: "Вопрос решён.", setStatus: "ANSWERED" }, operator);
  return filed;
}

const statusOf = async (id: string) =>
  (await db.case.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("bulk status changes follow the case page's rules, case by case", () => {
  it("closes the case that may close and reports the registered one it may not, as the case page refuses it", async () => {
    const registered = await complaint();
    const done = await answered();
    await expect(changeCaseStatus({ caseId: registered.id, to: "CLOSED" }, operator)).rejects.toMatchObject({
      messageKey: "caseDetail.errors.move.ONLY_BY_MERGE",
    });

    const result = await bulkUpdateCases(
      ZBulkUpdate.parse({ action: "close", caseIds: [registered.id, done.id] }),
      operator,
    );
    expect(result).toEqual({
      updated: 1,
      skipped: [{ number: registered.number, status: "REGISTERED", reason: "ONLY_BY_MERGE" }],
    });
    expect(await statusOf(registered.id)).toBe("REGISTERED");
    const closed = await db.case.findUniqueOrThrow({ where: { id: done.id } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).not.toBeNull();
    expect(await db.caseEvent.count({ where: { caseId: registered.id, staffId: operator.id } })).toBe(0);
    const event = await db.caseEvent.findFirstOrThrow({
      where: { caseId: done.id, kind: "STATUS_CHANGED", data: { path: ["to"], equals: "CLOSED" } },
    });
    expect(event).toMatchObject({ staffId: operator.id, isPublic: true });
    expect(event.data).toMatchObject({ from: "ANSWERED", to: "CLOSED", via: "status" });
  });

  it("never answers a case: a new one cannot be answered at all, one in progress only by a reply", async () => {
    const [fresh, worked] = [await complaint(), await complaint()];
    await db.case.update({ where: { id: fresh.id }, data: { status: "NEW" } });
    await changeCaseStatus({ caseId: worked.id, to: "IN_PROGRESS" }, operator);
    const result = await bulkUpdateCases(
      { action: "status", caseIds: [fresh.id, worked.id], status: "ANSWERED" },
      operator,
    );
    expect(result.updated).toBe(0);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { number: fresh.number, status: "NEW", reason: "NOT_A_MOVE" },
        { number: worked.number, status: "IN_PROGRESS", reason: "NEEDS_REPLY" },
      ]),
    );
    expect(await db.case.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject({
      status: "NEW",
      answeredAt: null,
    });
    expect(await db.case.findUniqueOrThrow({ where: { id: worked.id } })).toMatchObject({
      status: "IN_PROGRESS",
      answeredAt: null,
    });
  });

  it("pauses the clock of the cases it sets waiting for the customer, and runs it again", async () => {
    const [first, second] = [await complaint(), await complaint()];
    const ids = [first.id, second.id];
    await bulkUpdateCases({ action: "status", caseIds: ids, status: "IN_PROGRESS" }, operator);
    const result = await bulkUpdateCases({ action: "status", caseIds: ids, status: "WAITING_FOR_CUSTOMER" }, operator);
    expect(result).toEqual({ updated: 2, skipped: [] });
    const waiting = await db.case.findMany({ where: { id: { in: ids } }, select: { status: true, pausedAt: true } });
    expect(waiting.every((row) => row.status === "WAITING_FOR_CUSTOMER" && row.pausedAt instanceof Date)).toBe(true);

    await db.case.update({ where: { id: first.id }, data: { pausedAt: new Date(Date.now() - 3 * 86_400_000) } });
    await bulkUpdateCases({ action: "status", caseIds: [first.id], status: "IN_PROGRESS" }, operator);
    const resumed = await db.case.findUniqueOrThrow({ where: { id: first.id } });
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.dueAt!.getTime() - first.dueAt!.getTime()).toBeGreaterThanOrEqual(3 * 86_400_000);
  });

  it("closes an answered claim, freeing its tracking number, and reopens it, taking it back", async () => {
    const trackingNumber = s10();
    const filed = await claim(trackingNumber);
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    await replyToCase(
      { caseId: filed.id, subject: "Ответ", body: "Отправление найдено.", setStatus: "ANSWERED" },
      operator,
    );
    await bulkUpdateCases({ action: "close", caseIds: [filed.id] }, operator);
    expect(await db.openClaim.findUnique({ where: { trackingNumber } })).toBeNull();
    await bulkUpdateCases({ action: "status", caseIds: [filed.id], status: "REOPENED" }, operator);
    expect(await db.openClaim.findUnique({ where: { trackingNumber }, select: { caseId: true } })).toEqual({
      caseId: filed.id,
    });
    expect(await db.case.findUniqueOrThrow({ where: { id: filed.id }, select: { closedAt: true } })).toEqual({
      closedAt: null,
    });
  });

  it("changes nothing when one case is outside an office head's scope", async () => {
    const head = await staff("OFFICE_HEAD", ["101000"]);
    const own = await complaint({ officePostcode: "101000" });
    const other = await complaint({ officePostcode: "190000" });
    const attempt = bulkUpdateCases(
      ZBulkUpdate.parse({ action: "status", caseIds: [own.id, other.id], status: "IN_PROGRESS" }),
      head,
    );
    await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect([await statusOf(own.id), await statusOf(other.id)]).toEqual(["REGISTERED", "REGISTERED"]);
    expect(await db.caseEvent.count({ where: { caseId: { in: [own.id, other.id] }, staffId: head.id } })).toBe(0);
    await expect(
      bulkUpdateCases({ action: "status", caseIds: [own.id], status: "IN_PROGRESS" }, head),
    ).resolves.toEqual({ updated: 1, skipped: [] });
  });
});

describe("bulk assignment follows the case page's rules", () => {
  it("assigns with an ASSIGNED event per case, and reports a case already on that desk", async () => {
    const [first, second] = [await complaint(), await complaint()];
    await bulkUpdateCases({ action: "assign", caseIds: [first.id], assigneeId: supervisor.id }, supervisor);
    const result = await bulkUpdateCases(
      { action: "assign", caseIds: [first.id, second.id], assigneeId: supervisor.id },
      supervisor,
    );
    expect(result).toEqual({
      updated: 1,
      skipped: [{ number: first.number, status: "REGISTERED", reason: "SAME_ASSIGNEE" }],
    });
    const events = await db.caseEvent.findMany({ where: { caseId: { in: [first.id, second.id] }, kind: "ASSIGNED" } });
    expect(events).toHaveLength(2);
    expect(events.every((event) => event.staffId === supervisor.id && !event.isPublic)).toBe(true);
    expect(events.map((event) => event.data)).toContainEqual({
      assigneeId: supervisor.id,
      before: { assigneeId: null },
      after: { assigneeId: supervisor.id },
    });
  });

  it("refuses an analyst, or anyone who does not work cases, for every case", async () => {
    const analyst = await staff("ANALYST");
    const filed = await complaint();
    await expect(
      bulkUpdateCases({ action: "assign", caseIds: [filed.id], assigneeId: analyst.id }, supervisor),
    ).rejects.toMatchObject({
      code: "INVALID",
      messageKey: "caseDetail.errors.assignee",
    });
    expect((await db.case.findUniqueOrThrow({ where: { id: filed.id } })).assigneeId).toBeNull();
    expect(await db.caseEvent.count({ where: { caseId: filed.id, kind: "ASSIGNED" } })).toBe(0);
  });

  it("lets an operator take cases, not hand them to someone else", async () => {
    const filed = await complaint();
    await expect(
      bulkUpdateCases({ action: "assign", caseIds: [filed.id], assigneeId: supervisor.id }, operator),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      bulkUpdateCases({ action: "assign", caseIds: [filed.id], assigneeId: operator.id }, operator),
    ).resolves.toEqual({
      updated: 1,
      skipped: [],
    });
  });
});
