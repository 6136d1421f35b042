import { describe, expect, it } from "vitest";

import type { CaseStatus } from "@/lib/generated/prisma/enums";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

import { renderEmail } from "../render-email";
import type { TCaseNotice, TCaseStatusData } from "./case-status";
import { CASE_NOTICES } from "./case-status-texts";

const STATUS_URL = "https://portal.example/status/abc123";

function notice(locale: "ru" | "en", data: Partial<TCaseStatusData> & { notice: TCaseNotice }) {
  return renderEmail({
    template: "case-status",
    to: "applicant@mail.example",
    locale,
    data: {
      status: data.notice === "EXTENDED" ? "IN_PROGRESS" : (data.notice as CaseStatus),
      from: null,
      name: "Анна Ивановна",
      caseNumber: "Ж-2026-000123",
      statusUrl: STATUS_URL,
      dueDate: null,
      reason: null,
      forwardedTo: null,
      ...data,
    },
  });
}

const NOTICES = CASE_NOTICES;

describe("a case's status email", () => {
  it.each(NOTICES)(
    "%s greets by name and patronymic, names the case and the status in the status page's words, and carries the link",
    async (kind) => {
      const [inRu, inEn] = await Promise.all([
        notice("ru", { notice: kind, dueDate: "21 декабря 2026 года" }),
        notice("en", { notice: kind, dueDate: "21 December 2026" }),
      ]);
      const status = kind === "EXTENDED" ? "IN_PROGRESS" : kind;
      expect(inRu.subject).toContain("Ж-2026-000123");
      expect(inRu.text).toContain("Здравствуйте, Анна Ивановна!");
      expect(inRu.text).toContain(`Статус: ${ru.status.customerStatus[status].toLowerCase()}.`);
      expect(inRu.text).toContain(STATUS_URL);
      expect(inRu.text).not.toMatch(/undefined|null|\.\./);
      expect(inEn.subject).toContain("Ж-2026-000123");
      expect(inEn.text).toContain(`Status: ${en.status.customerStatus[status].toLowerCase()}.`);
      expect(inEn.text.replace(/Анна Ивановна|Ж-2026-000123/g, "")).not.toMatch(/[а-яё]/i);
    },
  );

  it("asks for information, says the clock is paused and how to answer", async () => {
    const email = await notice("ru", { notice: "WAITING_FOR_CUSTOMER", reason: "копия квитанции" });
    expect(email.subject).toBe("Обращение Ж-2026-000123: ждём ваших сведений");
    expect(email.text).toContain("Что нужно: копия квитанции");
    expect(email.text).toContain("срок ответа приостановлен");
    expect(email.text).toContain("ответьте на это письмо или добавьте сведения и файлы на странице обращения");
  });

  it("asks to rate the answer with five one-click scores and a page for a comment", async () => {
    const email = await notice("ru", { notice: "ANSWERED" });
    for (let score = 1; score <= 5; score++) expect(email.html).toContain(`href="${STATUS_URL}/rate?score=${score}"`);
    expect(email.text).toContain(`1 — очень плохо ${STATUS_URL}/rate?score=1`);
    expect(email.text).toContain(`Написать несколько слов к оценке ${STATUS_URL}/rate`);
    // Other notices ask for nothing.
    expect((await notice("ru", { notice: "CLOSED" })).html).not.toContain("/rate");
  });

  it("names the body an appeal went to and why, under ст. 8 ч. 3 59-ФЗ", async () => {
    const email = await notice("ru", {
      notice: "FORWARDED",
      forwardedTo: "Роскомнадзор",
      reason: "вопрос о работе сайта оператора связи",
    });
    expect(email.text).toContain("По части 3 статьи 8 Федерального закона от 02.05.2006 № 59-ФЗ");
    expect(email.text).toContain("эти вопросы: Роскомнадзор.");
    expect(email.text).toContain("Почему: вопрос о работе сайта оператора связи");
  });

  it("gives the grounds of an outcome and the new date and reason of an extension", async () => {
    expect((await notice("ru", { notice: "LEFT_UNANSWERED", reason: "текст не поддаётся прочтению" })).text).toContain(
      "Основание: текст не поддаётся прочтению",
    );
    expect(
      (await notice("en", { notice: "CORRESPONDENCE_ENDED", reason: "the same question answered twice" })).text,
    ).toContain("Article 11(5)");
    const extended = await notice("ru", {
      notice: "EXTENDED",
      dueDate: "21 января 2027 года",
      reason: "запрос в отделение",
    });
    expect(extended.text).toContain("продлён до 21 января 2027 года.\n");
    expect(extended.text).toContain("Причина: запрос в отделение");
  });

  it("says work goes on after the customer's answer, and gives no date for a case without a deadline", async () => {
    const resumed = await notice("ru", {
      notice: "IN_PROGRESS",
      from: "WAITING_FOR_CUSTOMER",
      dueDate: "30 декабря 2026 года",
    });
    expect(resumed.text).toContain("Спасибо, ваши сведения получены.");
    expect(resumed.text).toContain("не позднее 30 декабря 2026 года.");
    expect((await notice("ru", { notice: "REGISTERED" })).text).not.toContain("не позднее");
  });
});
