import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { formatDate } from "@/lib/i18n/format-date";
import type { TLocale } from "@/lib/i18n/locales";
import { machineWords, readsAsPerson } from "@/lib/i18n/machine-words";

import { renderContent } from "../render-email";
import { CASE_NOTICES } from "./case-status-texts";
import type { TEmailContent } from "./layout";

/**
 * Every email template, in both languages, with the data its callers give it (dates formatted as the
 * callers format them, names as greetingName makes them, every type of case), read as its recipient
 * reads it. The templates are found in this folder, so a new one fails here until it has samples.
 */
type TTemplate = (locale: TLocale, ...args: never[]) => TEmailContent;

const HERE = import.meta.dirname;
const NOT_TEMPLATES = new Set(["layout.tsx"]);
const files = readdirSync(HERE).filter((file) => file.endsWith(".tsx") && !NOT_TEMPLATES.has(file));

const URL = "https://portal.example/status/Xy7_k2?x=1";
const CASE_NUMBERS = ["Ж-2026-000123", "Р-2026-000045", "О-2026-000009", "Ч-2026-000007"] as const;
const KINDS = { Ж: "COMPLAINT", Р: "CLAIM", О: "RATING", Ч: "QUEUE_REPORT" } as const;
const NAMES = ["Анна Сергеевна", "Анна", ""];
const NOTICES = CASE_NOTICES;
/** What the data brings in, which an English email may show as written. */
const DATA_WORDS =
  /Анна Сергеевна|Анна|Почта рядом|Доставка посылок|Москва, ул\. Мясницкая, 26|Москва|Работает одно окно|Роскомнадзор|[ЖРОЧ]-\d{4}-\d{6}/g;

const date = (locale: TLocale) => formatDate(new Date("2026-12-21T09:00:00Z"), locale, { dateStyle: "long" });
const dateTime = (locale: TLocale) =>
  formatDate(new Date("2026-12-21T15:00:00Z"), locale, { dateStyle: "long", timeStyle: "short" });
const deadlineCase = (locale: TLocale, number: string) => ({ number, dueDate: date(locale), url: URL });

/** The arguments after the locale each template is called with, for every case it has to word. */
const SAMPLES: Record<string, (locale: TLocale) => unknown[][]> = {
  memberSignInEmail: () => [[{ url: URL, expiresInMinutes: 15 }], [{ url: URL, expiresInMinutes: 1 }]],
  memberNotFoundEmail: () => [[{ joinUrl: URL }]],
  membershipConfirmEmail: () => NAMES.map((name) => [{ name, url: URL, expiresInHours: 48 }]),
  membershipFeedbackThanksEmail: () => NAMES.map((name) => [{ name, joinUrl: URL }]),
  staffInviteEmail: () =>
    ["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ANALYST", "ADMIN"].map((role) => [
      { url: URL, name: "Анна", role, expiresInHours: 72 },
    ]),
  staffPasswordResetEmail: () => [[{ url: URL, expiresInMinutes: 30 }]],
  staffUnlockEmail: () => [[{ url: URL, expiresInMinutes: 60 }]],
  secondFactorChangedEmail: () => ["ENABLED", "REPLACED", "DISABLED"].map((change) => [{ change, accountUrl: URL }]),
  caseFiledEmail: (locale) =>
    CASE_NUMBERS.flatMap((caseNumber) =>
      NAMES.map((name) => [
        {
          name,
          caseNumber,
          kind: KINDS[caseNumber.charAt(0) as keyof typeof KINDS],
          statusUrl: URL,
          dueDate: caseNumber.startsWith("О") ? null : date(locale),
          isJoined: false,
        },
      ]),
    ).concat([
      [
        {
          name: "Анна",
          caseNumber: CASE_NUMBERS[1],
          kind: "CLAIM",
          statusUrl: URL,
          dueDate: date(locale),
          isJoined: true,
        },
      ],
    ]),
  queueReportEmail: (locale) =>
    [null, "Работает одно окно"].map((comment) => [
      {
        caseNumber: CASE_NUMBERS[3],
        officeName: "Москва",
        officePostcode: "101000",
        reportedAt: dateTime(locale),
        comment,
        consoleUrl: URL,
      },
    ]),
  deadlineDigestEmail: (locale) => [
    [
      {
        date: date(locale),
        counts: { overdue: 1, dueToday: 2, dueSoon: 0 },
        overdue: [deadlineCase(locale, CASE_NUMBERS[0])],
        dueToday: [deadlineCase(locale, CASE_NUMBERS[1]), deadlineCase(locale, CASE_NUMBERS[2])],
        dueSoon: [],
        consoleUrl: URL,
      },
    ],
  ],
  casesEscalatedEmail: (locale) => [
    [{ cases: [deadlineCase(locale, CASE_NUMBERS[0])], total: 1, consoleUrl: URL }],
    [{ cases: CASE_NUMBERS.map((number) => deadlineCase(locale, number)), total: 5, consoleUrl: URL }],
  ],
  caseReplyEmail: (locale) =>
    CASE_NUMBERS.map((number) => [
      {
        subject: `${locale === "ru" ? "Ответ по обращению" : "Answer to case"} ${number}`,
        body: locale === "ru" ? "Здравствуйте, Анна!\n\nРаботает одно окно." : "Hello, Анна!\n\nThe answer.",
        statusUrl: URL,
      },
    ]),
  caseExtendedEmail: (locale) =>
    CASE_NUMBERS.map((caseNumber) => [
      { name: "Анна Сергеевна", caseNumber, reason: "Работает одно окно", dueDate: date(locale), statusUrl: URL },
    ]),
  caseStatusEmail: (locale) =>
    CASE_NUMBERS.flatMap((caseNumber) =>
      NOTICES.map((notice) => [
        {
          notice,
          status: notice === "EXTENDED" ? "IN_PROGRESS" : notice,
          from: notice === "IN_PROGRESS" ? "WAITING_FOR_CUSTOMER" : null,
          name: caseNumber.startsWith("Ж") ? "Анна Сергеевна" : "Анна",
          caseNumber,
          statusUrl: URL,
          dueDate: date(locale),
          reason: "Работает одно окно",
          forwardedTo: notice === "FORWARDED" ? "Роскомнадзор" : null,
        },
      ]),
    ),
  caseLinkEmail: () => [
    ...CASE_NUMBERS.map((caseNumber) => [{ name: "Анна", caseNumber, statusUrl: URL }]),
    // The same link sent again after a similar complaint (lib/cases/similar-complaint.ts): complaints only.
    ...CASE_NUMBERS.filter((caseNumber) => caseNumber.startsWith("Ж")).map((caseNumber) => [
      { name: "Анна", caseNumber, statusUrl: URL, isReminder: true },
    ]),
  ],
  eventNoticeEmail: (locale) =>
    (["accepted", "waitlisted", "promoted", "declined", "cancelled", "reminder"] as const).map((kind) => [
      kind,
      {
        name: "Анна",
        title: "Доставка посылок",
        when: dateTime(locale),
        place: "Москва, ул. Мясницкая, 26",
        eventsUrl: URL,
      },
    ]),
  ideaAnsweredEmail: () =>
    ["PROPOSED", "UNDER_REVIEW", "ACCEPTED", "PLANNED", "DONE", "DECLINED"].map((status) => [
      { name: "Анна", title: "Почта рядом", status, answer: "Работает одно окно", ideasUrl: URL },
    ]),
  surveyInvitationEmail: (locale) =>
    [date(locale), null].map((closesOn) => [{ name: "Анна", title: "Почта рядом", url: URL, closesOn }]),
  surveyReminderEmail: (locale) => [
    [{ name: "Анна Сергеевна", title: "Почта рядом", url: URL, closesOn: date(locale) }],
  ],
};

const templates: [string, TTemplate][] = [];
for (const file of files) {
  const exported = (await import(path.join(HERE, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exported)) {
    if (typeof value === "function" && /^[a-z]\w*Email$/.test(name)) templates.push([name, value as TTemplate]);
  }
}

describe("every email template", () => {
  it("is found in the templates folder", () => {
    expect(templates.map(([name]) => name)).toEqual(expect.arrayContaining(["caseFiledEmail", "caseStatusEmail"]));
    expect(templates.length).toBeGreaterThanOrEqual(20);
  });

  it.each(templates.map(([name]) => name))("%s has samples to render", (name) => {
    expect(SAMPLES[name], `add samples of ${name} to this test`).toBeDefined();
  });

  describe.each(["ru", "en"] as const)("in %s", (locale) => {
    it.each(templates)("%s reads as a person wrote it", async (name, template) => {
      for (const args of SAMPLES[name]?.(locale) ?? []) {
        const { subject, text } = await renderContent(template(locale, ...(args as never[])));
        const problems = machineWords(`${subject}\n${text}`, locale, DATA_WORDS);
        expect(problems, `${name}(${JSON.stringify(args)}):\n${subject}\n${text}`).toEqual([]);
      }
    });
  });
});

describe("the check itself", () => {
  it("catches what reads as machine output", () => {
    expect(readsAsPerson("Ответ не позднее 21 декабря 2026 г..", "ru")).toBe(false);
    expect(readsAsPerson("Основание: SURVEY_COMPLETED", "ru")).toBe(false);
    expect(readsAsPerson("Здравствуйте, {name}!", "ru")).toBe(false);
    expect(readsAsPerson("Hello, undefined!", "en")).toBe(false);
    expect(readsAsPerson("Your case is registered: обращение", "en")).toBe(false);
    expect(readsAsPerson("Просто ответьте на это письмо.\nОтвечать на него не нужно.", "ru")).toBe(false);
    expect(readsAsPerson("Ответ не позднее 21 декабря 2026 года. Файл PDF, 8 КБ.", "ru")).toBe(true);
  });
});
