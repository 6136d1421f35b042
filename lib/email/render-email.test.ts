import { describe, expect, it } from "vitest";

import type { TLocale } from "@/lib/i18n/locales";

import type { TEmailMessage } from "./outbox";
import { renderContent, renderEmail } from "./render-email";
import { EmailLayout, EmailText } from "./templates/layout";

const URL_WITH_QUERY = "https://club.example/auth/callback?token=abc&email=a%40b.example";

const EVENT_NOTICE = {
  name: "Анна Петрова",
  title: "Доставка посылок",
  when: "3 December 2026, 18:00",
  place: "Москва",
  eventsUrl: URL_WITH_QUERY,
};

type TTemplate = TEmailMessage["template"];
/** The recipient and data of a message of template T (the event notices share one member of the union). */
type TSample<T extends TTemplate> = TEmailMessage extends infer M
  ? M extends { template: infer K }
    ? T extends K
      ? Omit<M, "template" | "locale">
      : never
    : never
  : never;

/** A sample message of each template: its recipient and data, in either language. */
const SAMPLES: { [T in TTemplate]: TSample<T> } = {
  "member-sign-in": {
    to: "member@club.example",
    data: { url: URL_WITH_QUERY, expiresInMinutes: 15 },
  },
  "member-not-found": {
    to: "stranger@club.example",
    data: { joinUrl: URL_WITH_QUERY },
  },
  "membership-confirm": {
    to: "new.member@club.example",
    data: { name: "Анна Петрова", url: URL_WITH_QUERY, expiresInHours: 48 },
  },
  "membership-feedback-thanks": {
    to: "visitor@club.example",
    data: { name: "Анна Петрова", joinUrl: URL_WITH_QUERY },
  },
  "staff-invite": {
    to: "new.operator@portal.example",
    data: { url: URL_WITH_QUERY, name: "Анна Петрова", role: "SUPERVISOR", expiresInHours: 72 },
  },
  "staff-password-reset": {
    to: "operator@portal.example",
    data: { url: URL_WITH_QUERY, expiresInMinutes: 30 },
  },
  "second-factor-changed": {
    to: "operator@portal.example",
    data: { change: "REPLACED", accountUrl: URL_WITH_QUERY },
  },
  "staff-unlock": {
    to: "operator@portal.example",
    data: { url: URL_WITH_QUERY, expiresInMinutes: 60 },
  },
  "case-filed": {
    to: "applicant@mail.example",
    data: {
      name: "Анна Петрова",
      caseNumber: "Ж-2026-000123",
      kind: "COMPLAINT",
      statusUrl: URL_WITH_QUERY,
      dueDate: "21.12.2026",
      isJoined: false,
    },
  },
  "queue-report": {
    to: "office-head@portal.example",
    data: {
      caseNumber: "Ч-2026-000007",
      officeName: "Москва",
      officePostcode: "101000",
      reportedAt: "21.11.2026, 10:15",
      comment: "Работает одно окно",
      consoleUrl: URL_WITH_QUERY,
    },
  },
  "case-reply": {
    to: "applicant@mail.example",
    data: {
      subject: "Ответ по обращению Ж-2026-000123",
      body: "Здравствуйте, Анна Петрова!\n\nРаботает одно окно",
      statusUrl: URL_WITH_QUERY,
    },
  },
  "case-extended": {
    to: "applicant@mail.example",
    data: {
      name: "Анна Петрова",
      caseNumber: "Ж-2026-000123",
      reason: "Работает одно окно",
      dueDate: "21.01.2027",
      statusUrl: URL_WITH_QUERY,
    },
  },
  "case-status": {
    to: "applicant@mail.example",
    data: {
      notice: "FORWARDED",
      status: "FORWARDED",
      from: "REGISTERED",
      name: "Анна Петрова",
      caseNumber: "Ж-2026-000123",
      statusUrl: URL_WITH_QUERY,
      dueDate: "21.12.2026",
      reason: "Работает одно окно",
      forwardedTo: "Москва",
    },
  },
  "case-link": {
    to: "applicant@mail.example",
    data: { name: "Анна Петрова", caseNumber: "Ж-2026-000123", statusUrl: URL_WITH_QUERY },
  },
  "survey-invitation": {
    to: "member@club.example",
    data: { name: "Анна Петрова", title: "Почта рядом", url: URL_WITH_QUERY, closesOn: "21.12.2026" },
  },
  "survey-reminder": {
    to: "member@club.example",
    data: { name: "Анна Петрова", title: "Почта рядом", url: URL_WITH_QUERY, closesOn: null },
  },
  "deadline-digest": {
    to: "supervisor@portal.example",
    data: {
      date: "21.11.2026",
      counts: { overdue: 12, dueToday: 1, dueSoon: 0 },
      overdue: [{ number: "Ж-2026-000123", dueDate: "20.11.2026", url: "https://club.example/console/cases/1" }],
      dueToday: [{ number: "Р-2026-000045", dueDate: "21.11.2026", url: "https://club.example/console/cases/2" }],
      dueSoon: [],
      consoleUrl: URL_WITH_QUERY,
    },
  },
  "cases-escalated": {
    to: "supervisor@portal.example",
    data: {
      cases: [{ number: "Ж-2026-000123", dueDate: "20.11.2026", url: "https://club.example/console/cases/1" }],
      total: 3,
      consoleUrl: URL_WITH_QUERY,
    },
  },
  "event-accepted": { to: "member@club.example", data: EVENT_NOTICE },
  "event-waitlisted": { to: "member@club.example", data: EVENT_NOTICE },
  "event-promoted": { to: "member@club.example", data: EVENT_NOTICE },
  "event-declined": { to: "member@club.example", data: EVENT_NOTICE },
  "event-cancelled": { to: "member@club.example", data: EVENT_NOTICE },
  "event-reminder": { to: "member@club.example", data: EVENT_NOTICE },
  "idea-answered": {
    to: "member@club.example",
    data: {
      name: "Анна Петрова",
      title: "Доставка посылок",
      status: "ACCEPTED",
      answer: "Работает одно окно",
      ideasUrl: URL_WITH_QUERY,
    },
  },
};

function messageOf(template: TTemplate, locale: TLocale): TEmailMessage {
  // TypeScript does not tie SAMPLES[template] to the same template's member of the union.
  return { template, locale, ...SAMPLES[template] } as TEmailMessage;
}

const SUBJECTS: Record<TEmailMessage["template"], Record<TLocale, string>> = {
  "member-sign-in": { ru: "Вход в Клуб клиентов", en: "Sign in to the Customer Club" },
  "member-not-found": {
    ru: "Этот адрес не зарегистрирован в Клубе клиентов",
    en: "This address is not registered in the Customer Club",
  },
  "membership-confirm": { ru: "Подтвердите вступление в Клуб клиентов", en: "Confirm joining the Customer Club" },
  "membership-feedback-thanks": { ru: "Спасибо за ваши ответы", en: "Thank you for your answers" },
  "staff-invite": {
    ru: "Приглашение в рабочий кабинет отдела качества",
    en: "Invitation to the quality department's console",
  },
  "staff-password-reset": { ru: "Сброс пароля в рабочем кабинете", en: "Reset your console password" },
  "second-factor-changed": {
    ru: "Изменён второй фактор входа в рабочий кабинет",
    en: "The second sign-in factor of your console account changed",
  },
  "staff-unlock": {
    ru: "Вход в рабочий кабинет с новых устройств приостановлен",
    en: "Console sign-in from new devices is paused",
  },
  "case-filed": {
    ru: "Ваше обращение зарегистрировано: Ж-2026-000123",
    en: "Your complaint is registered: Ж-2026-000123",
  },
  "queue-report": {
    ru: "Очередь больше 5 человек в отделении 101000",
    en: "A queue of more than 5 people at office 101000",
  },
  "case-reply": { ru: "Ответ по обращению Ж-2026-000123", en: "Ответ по обращению Ж-2026-000123" },
  "case-extended": {
    ru: "Обращение Ж-2026-000123: срок ответа продлён",
    en: "Complaint Ж-2026-000123: the time to answer is extended",
  },
  "case-status": {
    ru: "Обращение Ж-2026-000123 направлено по компетенции",
    en: "Complaint Ж-2026-000123 is forwarded to the competent body",
  },
  "case-link": { ru: "Новая ссылка на обращение Ж-2026-000123", en: "A new link to case Ж-2026-000123" },
  "survey-invitation": { ru: "Опрос Клуба клиентов: Почта рядом", en: "Customer Club survey: Почта рядом" },
  "survey-reminder": { ru: "Напоминание: опрос «Почта рядом»", en: "Reminder: the survey “Почта рядом”" },
  "deadline-digest": {
    ru: "Сроки на 21.11.2026: просрочено 12, сегодня 1, в ближайшие 3 дня 0",
    en: "Deadlines for 21.11.2026: 12 overdue, 1 due today, 0 due within 3 days",
  },
  "cases-escalated": {
    ru: "Просрочен срок ответа: 3 — приоритет повышен до срочного",
    en: "Answer deadline missed: 3 — raised to urgent",
  },
  "event-accepted": { ru: "Вы записаны: Доставка посылок", en: "You are registered: Доставка посылок" },
  "event-waitlisted": {
    ru: "Вы в листе ожидания: Доставка посылок",
    en: "You are on the waiting list: Доставка посылок",
  },
  "event-promoted": { ru: "Освободилось место: Доставка посылок", en: "A place is free: Доставка посылок" },
  "event-declined": { ru: "Заявка не принята: Доставка посылок", en: "Application not accepted: Доставка посылок" },
  "event-cancelled": { ru: "Встреча отменена: Доставка посылок", en: "Meeting cancelled: Доставка посылок" },
  "event-reminder": { ru: "Напоминание: завтра Доставка посылок", en: "Reminder: Доставка посылок is tomorrow" },
  "idea-answered": {
    ru: "Ответ на ваше предложение: Доставка посылок",
    en: "An answer to your proposal: Доставка посылок",
  },
};

const BRAND = { ru: "Клуб клиентов и общественная приёмная", en: "Customer Club and Public Reception" };

describe.each(Object.keys(SAMPLES) as TEmailMessage["template"][])("the %s email", (template) => {
  it.each(["ru", "en"] as const)(
    "renders in %s with subject, branded HTML and a text part with the link",
    async (locale) => {
      const email = await renderEmail(messageOf(template, locale));
      expect(email.subject).toBe(SUBJECTS[template][locale]);

      expect(email.html).toContain(`lang="${locale}"`);
      expect(email.html).toContain(BRAND[locale]);
      expect(email.html).toContain("#0a58b4");
      expect(email.html).toContain(`href="${URL_WITH_QUERY.replace("&", "&amp;")}"`);

      expect(email.text).toContain(BRAND[locale]);
      expect(email.text).toContain(URL_WITH_QUERY);
      expect(email.text).not.toMatch(/<[a-z]/i);

      for (const part of [email.subject, email.html, email.text]) {
        expect(part).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
      // Transactional mail: no unsubscribe link or header.
      expect(email.headers).toBeNull();
    },
  );

  it("is written in the message's language", async () => {
    const [ru, en] = await Promise.all([
      renderEmail(messageOf(template, "ru")),
      renderEmail(messageOf(template, "en")),
    ]);
    expect(ru.text).toMatch(/[а-яё]{4}/i);
    // Names, places, comments and case numbers are data, in whatever script they were written.
    const data =
      /Ответ по обращению|Здравствуйте|Анна Петрова|Доставка посылок|Почта рядом|Москва|Работает одно окно|[ЖРОЧ]-\d{4}-\d{6}/g;
    expect(en.text.replace(data, "")).not.toMatch(/[а-яё]/i);
  });
});

describe("email texts", () => {
  it("give durations in the right grammatical number", async () => {
    const sign = (minutes: number) =>
      renderEmail({
        template: "member-sign-in",
        to: "m@club.example",
        locale: "ru",
        data: { url: URL_WITH_QUERY, expiresInMinutes: minutes },
      });
    expect((await sign(1)).text).toContain("Срок действия ссылки: 1 минута.");
    expect((await sign(15)).text).toContain("Срок действия ссылки: 15 минут.");
    const invite = await renderEmail(messageOf("staff-invite", "en"));
    expect(invite.text).toContain("The invitation is valid for 72 hours.");
    const confirm = (hours: number) =>
      renderEmail({
        template: "membership-confirm",
        to: "m@club.example",
        locale: "ru",
        data: { name: "Мария", url: URL_WITH_QUERY, expiresInHours: hours },
      });
    expect((await confirm(24)).text).toContain("Ссылка действует 24 часа и срабатывает один раз.");
    expect((await confirm(48)).text).toContain("Ссылка действует 48 часов и срабатывает один раз.");
  });

  it.each([
    ["OPERATOR", "оператор", "operator"],
    ["SUPERVISOR", "руководитель группы", "supervisor"],
    ["OFFICE_HEAD", "начальник отделения", "office head"],
    ["ANALYST", "аналитик", "analyst"],
    ["ADMIN", "администратор", "administrator"],
  ] as const)("name the invited role %s", async (role, ru, en) => {
    const invite = (locale: TLocale) =>
      renderEmail({
        template: "staff-invite",
        to: "x@portal.example",
        locale,
        data: { url: URL_WITH_QUERY, name: "Анна", role, expiresInHours: 72 },
      });
    expect((await invite("ru")).text).toContain(`Ваша роль: ${ru}.`);
    expect((await invite("en")).text).toContain(`Your role: ${en}.`);
  });

  it("escape data in the HTML part", async () => {
    const email = await renderEmail({
      template: "staff-invite",
      to: "x@portal.example",
      locale: "ru",
      data: { url: URL_WITH_QUERY, name: `Ева <script>alert("x")</script>`, role: "ANALYST", expiresInHours: 72 },
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Ева &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    // The text part is plain text: the name reads as typed.
    expect(email.text).toContain(`Здравствуйте, Ева <script>alert("x")</script>!`);
  });
});

describe("the email layout", () => {
  it("adds the unsubscribe link and List-Unsubscribe headers to mail people may decline", async () => {
    const unsubscribeUrl = "https://club.example/unsubscribe?token=t1";
    const email = await renderContent({
      subject: "Опрос о качестве обслуживания",
      unsubscribeUrl,
      // Hook-free components called directly: the unit project picks up *.test.ts files, without JSX.
      element: EmailLayout({
        locale: "ru",
        preview: "Опрос",
        unsubscribeUrl,
        children: EmailText({ children: "Ответьте на пять вопросов." }),
      }),
    });
    expect(email.html).toContain(`href="${unsubscribeUrl}"`);
    expect(email.text).toContain(`Отписаться от этих писем ${unsubscribeUrl}`);
    expect(email.headers).toEqual({
      "List-Unsubscribe": `<${unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});
