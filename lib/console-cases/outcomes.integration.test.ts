import { beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { findStatusView } from "@/lib/cases/status-view";
import { db } from "@/lib/db";
import { emailsWhere, emailWhere } from "@/lib/email/test-fixtures";

import { changeCaseStatus } from "./change-case-status";
import { endCorrespondence, forwardCase, leaveCaseUnanswered } from "./give-outcome";
import { replyToCase } from "./reply-to-case";
import { ZForwardCase, ZLeaveCaseUnanswered } from "./schemas";
import { complaint, seedDesk } from "./test-support";

let operator: TStaffUser;
let supervisor: TStaffUser;

beforeAll(async () => ({ operator, supervisor } = await seedDesk()));

const NOTICE = "Вопросы тарифов на услуги связи решает Роскомнадзор; ваше обращение направлено туда.";

describe("forwarding to the competent body (ст. 8 ч. 3)", () => {
  it("ends the appeal FORWARDED, dated closed, with the body, a FORWARDED event and the notice to the applicant", async () => {
    const filed = await complaint();
    await forwardCase({ caseId: filed.id, forwardedTo: "Роскомнадзор", body: NOTICE }, operator);

    const forwarded = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(forwarded).toMatchObject({ status: "FORWARDED", forwardedTo: "Роскомнадзор" });
    expect(forwarded.closedAt).not.toBeNull();
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: filed.id, kind: "FORWARDED" } });
    expect(event).toMatchObject({ body: NOTICE, staffId: operator.id, isPublic: true, data: { to: "Роскомнадзор" } });
    const moved = await db.caseEvent.findFirstOrThrow({
      where: { caseId: filed.id, kind: "STATUS_CHANGED", data: { path: ["to"], equals: "FORWARDED" } },
    });
    expect(moved.data).toMatchObject({
      from: "REGISTERED",
      via: "outcome",
      reason: NOTICE,
      after: { forwardedTo: "Роскомнадзор" },
    });

    const notice = await emailWhere({ to: filed.email, template: "case-status" });
    expect(notice.subject).toBe(`Обращение ${filed.number} направлено по компетенции`);
    expect(notice.text).toContain("Роскомнадзор");
    expect(notice.text).toContain(NOTICE);
    expect((await findStatusView(filed.token))!.status).toBe("FORWARDED");
  });

  it("needs the body and the notice, and refuses an answered case", async () => {
    const parsed = ZForwardCase.safeParse({
      caseId: "0196a3c2-0000-7000-8000-000000000001",
      forwardedTo: " ",
      body: "",
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message]).sort()).toEqual([
      ["body", "validation.required"],
      ["forwardedTo", "validation.required"],
    ]);
    const filed = await complaint();
    await changeCaseStatus({ caseId: filed.id, to: "IN_PROGRESS" }, operator);
    await replyToCase(
      { caseId: filed.id, subject: "Ответ", body: "Ответ по существу.", setStatus: "ANSWERED" },
      operator,
    );
    await expect(
      forwardCase({ caseId: filed.id, forwardedTo: "Роскомнадзор", body: NOTICE }, operator),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "caseDetail.errors.move.NOT_A_MOVE",
    });
    expect((await db.case.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("ANSWERED");
  });
});

describe("leaving without an answer (ст. 11)", () => {
  it("is refused to an operator and done by a supervisor, with the grounds in the applicant's notice", async () => {
    const filed = await complaint();
    await expect(leaveCaseUnanswered({ caseId: filed.id, grounds: "UNREADABLE" }, operator)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await db.case.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("REGISTERED");
    expect((await emailsWhere({ to: filed.email, template: "case-status" })).map((mail) => mail.subject)).not.toContain(
      `Обращение ${filed.number} оставлено без ответа`,
    );

    await leaveCaseUnanswered({ caseId: filed.id, grounds: "UNREADABLE" }, supervisor);
    const left = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(left.status).toBe("LEFT_UNANSWERED");
    expect(left.closedAt).not.toBeNull();
    const notice = await emailWhere({ to: filed.email, template: "case-status" });
    expect(notice.subject).toBe(`Обращение ${filed.number} оставлено без ответа`);
    expect(notice.text).toContain("Основание: текст обращения не поддаётся прочтению (часть 4 статьи 11).");
  });

  it("takes only the grounds the law gives", () => {
    const caseId = "0196a3c2-0000-7000-8000-000000000001";
    expect(ZLeaveCaseUnanswered.safeParse({ caseId, grounds: "ABUSIVE" }).success).toBe(true);
    expect(ZLeaveCaseUnanswered.safeParse({ caseId, grounds: "BORING" }).error?.issues[0].message).toBe(
      "caseDetail.errors.grounds",
    );
  });
});

describe("ending correspondence (ст. 11 ч. 5)", () => {
  it("is a supervisor's decision, stated in the notice", async () => {
    const filed = await complaint();
    const reason = "Ответы по существу даны 12.03.2026 и 20.05.2026, новых доводов нет.";
    await expect(endCorrespondence({ caseId: filed.id, reason }, operator)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await endCorrespondence({ caseId: filed.id, reason }, supervisor);
    expect((await db.case.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("CORRESPONDENCE_ENDED");
    const notice = await emailWhere({ to: filed.email, template: "case-status" });
    expect(notice.subject).toBe(`Обращение ${filed.number}: переписка прекращена`);
    expect(notice.text).toContain(reason);
  });
});
