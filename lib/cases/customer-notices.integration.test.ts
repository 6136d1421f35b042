import { beforeAll, describe, expect, it, vi } from "vitest";

import { reissueStatusLinkAction } from "@/app/(public)/status/[token]/actions";
import type { TStaffUser } from "@/lib/auth/current-user";
import { fileClaim } from "@/lib/cases/file-claim";
import type { TFilingContext } from "@/lib/cases/filing";
import { MOVE_CASE_SELECT, moveCase, type TMoveOptions } from "@/lib/cases/lifecycle/move-case";
import { ZFileClaim } from "@/lib/cases/schemas";
import { findStatusView } from "@/lib/cases/status-view";
import { claimFields, testEmail } from "@/lib/cases/test-fixtures";
import { replyToCase } from "@/lib/console-cases/reply-to-case";
import { complaint, seedDesk } from "@/lib/console-cases/test-support";
import { db } from "@/lib/db";
import { emailsWhere, emailWhere } from "@/lib/email/test-fixtures";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

import { addApplicantInformation } from "./applicant-updates";
import { tellApplicants } from "./lifecycle/tell-applicants";

vi.mock("next/headers", () => import("@/lib/fuzz/request-scope"));
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let operator: TStaffUser;
let supervisor: TStaffUser;

beforeAll(async () => ({ operator, supervisor } = await seedDesk()));

const linkIn = (text: string) => text.match(/\/status\/([A-Za-z0-9_-]{43})\b/)![1];

/** The status link of the email the applicant got when they filed. */
async function firstLink(to: string): Promise<string> {
  return linkIn((await emailWhere({ to, template: "case-filed" })).text);
}

/** Moves the case the way every writer does, as `user`. */
async function move(caseId: string, to: CaseStatus, user: TStaffUser, options: Partial<TMoveOptions> = {}) {
  await db.$transaction(async (tx) => {
    const current = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: MOVE_CASE_SELECT });
    await moveCase(tx, current, to, { kind: "staff", id: user.id, role: user.role }, { via: "status", ...options });
  });
}

const web = (locale: "ru" | "en"): TFilingContext => ({
  channel: "WEB",
  locale,
  ip: `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
});

describe("the status link", () => {
  it("from the first email still opens the case after staff reply and move it; a reissue stops it and emails a new one", async () => {
    const filed = await complaint({ firstName: "Анна", patronymic: "Ивановна" });
    const first = await firstLink(filed.email);

    await move(filed.id, "IN_PROGRESS", operator);
    await replyToCase(
      { caseId: filed.id, subject: "Уточнение", body: "Здравствуйте, {name}! Пришлите, пожалуйста, фото квитанции." },
      operator,
    );
    await move(filed.id, "WAITING_FOR_CUSTOMER", operator);
    const mail = await emailsWhere({ to: filed.email });
    expect(mail.map((email) => email.template)).toEqual(["case-filed", "case-status", "case-reply", "case-status"]);
    // Every email carries the same link, and it opens the case as it now is.
    for (const email of mail) expect(linkIn(email.text)).toBe(first);
    expect((await findStatusView(first))!.status).toBe("WAITING_FOR_CUSTOMER");

    const asked = await reissueStatusLinkAction({ token: first });
    expect(asked).toEqual({ ok: true, data: { isSent: true } });
    expect(await findStatusView(first)).toBeNull();
    const notice = await emailWhere({ to: filed.email, template: "case-link" });
    expect(notice.subject).toBe(`Новая ссылка на обращение ${filed.number}`);
    expect(notice.text).toContain("Здравствуйте, Анна Ивановна!");
    const renewed = linkIn(notice.text);
    expect(renewed).not.toBe(first);
    expect((await findStatusView(renewed))!.number).toBe(filed.number);
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: filed.id, kind: "LINK_REISSUED" } });
    expect(event).toMatchObject({ isPublic: false, staffId: null });

    // The old link asks for nothing more, and what the case writes next carries the new link.
    expect(await reissueStatusLinkAction({ token: first })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await move(filed.id, "IN_PROGRESS", operator);
    expect(linkIn((await emailWhere({ to: filed.email, template: "case-status" })).text)).toBe(renewed);
  });
});

describe("the applicants are told", () => {
  it("that the case waits for them: one email each, in each one's language, with the link of their first email", async () => {
    const trackingNumber = claimFields().trackingNumber;
    const [ru, en] = [testEmail(), testEmail()];
    await fileClaim(
      ZFileClaim.parse(claimFields({ trackingNumber, email: ru, firstName: "Дмитрий", patronymic: "Олегович" })),
      web("ru"),
    );
    await fileClaim(
      ZFileClaim.parse(claimFields({ trackingNumber, email: en, firstName: "Olga", filerRole: "SENDER" })),
      web("en"),
    );
    const { caseId } = await db.caseApplicant.findFirstOrThrow({ where: { email: ru } });
    expect(await db.caseApplicant.count({ where: { caseId } })).toBe(2);

    await move(caseId, "WAITING_FOR_CUSTOMER", operator, { reason: "копия квитанции" });

    const [toRu, toEn] = await Promise.all([
      emailsWhere({ to: ru, template: "case-status" }),
      emailsWhere({ to: en, template: "case-status" }),
    ]);
    expect(toRu).toHaveLength(1);
    expect(toEn).toHaveLength(1);
    const { number, replyToken } = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(toRu[0].subject).toBe(`Заявление на розыск ${number}: ждём ваших сведений`);
    expect(toRu[0].text).toContain("Здравствуйте, Дмитрий Олегович!");
    expect(toRu[0].text).toContain("срок ответа приостановлен");
    expect(toRu[0].text).toContain("Статус: ждём ваших сведений.");
    expect(toEn[0].subject).toBe(`Search claim ${number}: we are waiting for your information`);
    expect(toEn[0].text).toContain("Hello, Olga!");
    expect(toEn[0].text).toContain("the time to answer is paused");
    for (const email of [...toRu, ...toEn])
      expect(email.headers).toMatchObject({ "Reply-To": `reply+${replyToken}@portal.example` });
    expect(linkIn(toRu[0].text)).toBe(await firstLink(ru));
    expect(linkIn(toEn[0].text)).toBe(await firstLink(en));

    // The status page says the same, in the same words.
    const view = await findStatusView(linkIn(toRu[0].text));
    expect(view).toMatchObject({ status: "WAITING_FOR_CUSTOMER", canAddInformation: true });
    expect(view!.pausedAt).not.toBeNull();
    expect(view!.events.at(-1)).toMatchObject({ kind: "STATUS_CHANGED", facts: { status: "WAITING_FOR_CUSTOMER" } });
  });

  it("where a forwarded appeal went and why, and the page closes to additions", async () => {
    const filed = await complaint();
    const reason = "Вопрос о тарифах на услуги связи";
    await move(filed.id, "FORWARDED", operator, { via: "outcome", reason, extra: { forwardedTo: "Роскомнадзор" } });

    const notice = await emailWhere({ to: filed.email, template: "case-status" });
    expect(notice.subject).toBe(`Обращение ${filed.number} направлено по компетенции`);
    expect(notice.text).toContain("По части 3 статьи 8");
    expect(notice.text).toContain("эти вопросы: Роскомнадзор.");
    expect(notice.text).toContain(`Почему: ${reason}`);

    const token = await firstLink(filed.email);
    const view = (await findStatusView(token))!;
    expect(view).toMatchObject({ status: "FORWARDED", forwardedTo: "Роскомнадзор", canAddInformation: false });
    expect(view.events.at(-1)).toMatchObject({
      kind: "STATUS_CHANGED",
      facts: { status: "FORWARDED", forwardedTo: "Роскомнадзор", reason },
    });
    await expect(addApplicantInformation({ token, text: "Ещё одно" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "status.closed",
    });
  });

  it("the grounds of an appeal left without an answer, and the page closes to additions", async () => {
    const filed = await complaint();
    await move(filed.id, "LEFT_UNANSWERED", supervisor, { via: "outcome", reason: "Текст не поддаётся прочтению" });
    const notice = await emailWhere({ to: filed.email, template: "case-status" });
    expect(notice.text).toContain("статьи 11");
    expect(notice.text).toContain("Основание: Текст не поддаётся прочтению");
    expect((await findStatusView(await firstLink(filed.email)))!.canAddInformation).toBe(false);
  });

  it("a new deadline and its reason, dated in the office's time zone", async () => {
    const filed = await complaint();
    // Still 11 January in UTC, already the 12th in Moscow, the office's zone: the applicant reads the 12th.
    const dueAt = new Date("2027-01-11T21:30:00Z");
    await db.$transaction((tx) =>
      tellApplicants(tx, filed.id, { kind: "extended", dueAt, reason: "Запрос в отделение" }),
    );
    const notice = await emailWhere({ to: filed.email, template: "case-status" });
    expect(notice.subject).toBe(`Обращение ${filed.number}: срок ответа продлён`);
    expect(notice.text).toContain("продлён до 12 января 2027 года.");
    expect(notice.text).toContain("Причина: Запрос в отделение");
    expect(linkIn(notice.text)).toBe(await firstLink(filed.email));
  });
});
