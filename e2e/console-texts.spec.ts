import { randomBytes, randomInt } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

import { PLACEHOLDERS } from "../lib/console-cases/placeholders";
import * as enums from "../lib/generated/prisma/enums";
import { machineWords } from "../lib/i18n/machine-words";
import { sql } from "./support/database";
import { createMember, createStaff, signInStaff } from "./support/identities";
import { DEMO_EVENT, DEMO_SURVEY, seedPageData } from "./support/page-fixtures";
import { expect, test } from "./support/test";

// Every console page's words, in both languages, as the staff read them all day: no code where a word belongs.
test.setTimeout(600_000);

/** The console's routes: every page.tsx under app/(console). */
function consoleRoutes(dir = path.join(process.cwd(), "app", "(console)"), route = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") routes.push(route || "/");
    if (!entry.isDirectory()) continue;
    const segment = entry.name.startsWith("(") ? "" : `/${entry.name}`;
    routes.push(...consoleRoutes(path.join(dir, entry.name), route + segment));
  }
  return routes;
}

/**
 * Every value of every database enum, as a whole word. Values that are also words a page rightly shows
 * (the abbreviations API, EMS, NPS) are left to the machine-word check, which knows them.
 */
const ENUM_VALUES = [
  ...new Set(
    Object.values(enums as Record<string, unknown>)
      .filter((value): value is Record<string, string> => typeof value === "object" && value !== null)
      .flatMap((values) => Object.values(values)),
  ),
].filter((value) => !["API", "EMS", "NPS"].includes(value));
const ENUM_WORD = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${ENUM_VALUES.join("|")})(?![\\p{L}\\p{N}_-])`, "gu");

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What the data brings in (names, titles, texts; the staff's test names carry their role, "Сотрудник ADMIN …"):
 * masked as whole values, so a code the data holds in a name does not count, but a code shown on its own does.
 * Russian words of the data are masked one by one, as an English page may show a shortened Russian text.
 */
async function dataWords(): Promise<RegExp> {
  const columns = await sql<{ table_name: string; column_name: string }>(
    `SELECT "table_name", "column_name" FROM information_schema.columns
     WHERE "table_schema" = 'public' AND "data_type" IN ('text', 'character varying')
       AND "table_name" NOT IN ('_prisma_migrations', 'EmailOutbox', 'AuthSession', 'VerificationToken')
       AND "column_name" NOT ILIKE '%hash%'`,
  );
  const jsonColumns = await sql<{ table_name: string; column_name: string }>(
    `SELECT "table_name", "column_name" FROM information_schema.columns
     WHERE "table_schema" = 'public' AND "data_type" = 'jsonb'`,
  );
  const rows = await sql<{ text: string | null }>(
    columns.map((c) => `SELECT DISTINCT "${c.column_name}"::text AS text FROM "${c.table_name}"`).join(" UNION "),
  );
  // JSON columns (a survey's choices) hold words too; only their Russian words are taken, never their keys.
  const json = await sql<{ text: string | null }>(
    jsonColumns.map((c) => `SELECT DISTINCT "${c.column_name}"::text AS text FROM "${c.table_name}"`).join(" UNION "),
  );
  const jsonWords = json.flatMap((row) => row.text?.match(/[а-яё]+/gi) ?? []);
  const values = rows
    .map((row) => row.text?.trim() ?? "")
    // A code kept in a text column (a points entry's reason) is still a code when a page shows it as it is.
    .filter((text) => text.length > 1 && text.length < 400 && !/^[A-Z][A-Z_]*[A-Z]$/.test(text));
  // Word by word too: Russian words (an English page may show a shortened Russian text) and the placeholders
  // the reply templates hold ({name}), which the template list shows as written.
  const words = values.flatMap((text) => text.split(/\s+/)).filter((word) => /[а-яё{}]/i.test(word));
  const masks = [...new Set([...values, ...words, ...jsonWords])].sort((a, b) => b.length - a.length).map(escape);
  // Case numbers carry a Cyrillic letter in both languages; the language switch names Russian in Russian.
  // Whole words only: a one-letter word («с») must not cut another («Часы») into pieces.
  // The reply templates' placeholders are shown to the staff who write templates, as they are to be typed.
  const placeholders = PLACEHOLDERS.map((name) => `\\{${name}\\}`);
  const any = [...masks, ...placeholders, "[ЖРОЧ]-\\d{4}-\\d{6}", "Русский"].join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${any})(?![\\p{L}\\p{N}])`, "gu");
}

/** What on a page would not be written by a person for the staff: codes, broken names, ISO dates, «0.5» in Russian. */
function problemsOf(text: string, locale: "ru" | "en", masks: RegExp): string[] {
  const words = text.replace(masks, " ");
  const found = machineWords(text, locale, masks);
  for (const match of words.match(ENUM_WORD) ?? []) found.push(`enum value: ${match}`);
  for (const match of words.match(/—[ \u00a0]+—/g) ?? []) found.push(`missing name: ${match}`);
  for (const match of words.match(/[\p{L}.][ \u00a0]+—(?=[ \u00a0]*(?:[\t\n]|$))/gu) ?? []) {
    found.push(`dangling dash after a name: ${match}`);
  }
  // A date the staff read; a time stamp in a file format's example (2026-03-01T12:30:00+03:00) is not one.
  for (const match of words.match(/(?<![\d.])\d{4}-\d{2}-\d{2}(?![\d-]|T\d)/g) ?? []) found.push(`ISO date: ${match}`);
  if (locale === "ru") {
    for (const match of words.match(/(?<![\d.,])\d+\.\d+(?![\d.])/g) ?? []) found.push(`decimal point: ${match}`);
  }
  return [...new Set(found)];
}

async function expectStaffWording(page: Page, url: string, locale: "ru" | "en", who: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  // Read as written, not as styled: a heading in capitals by CSS ("OFFICE HEADS") is not a code.
  await page.addStyleTag({ content: "* { text-transform: none !important; }" });
  const text = await page.locator("body").innerText();
  expect.soft(problemsOf(text, locale, await dataWords()), `${url} (${locale}, ${who}):\n${text}`).toEqual([]);
}

/** A search claim filed on the website: its details are codes in the database (DOMESTIC, PARCEL, SEARCH_ONLY). */
async function claimWithDetails() {
  const number = `Р-${new Date().getFullYear()}-${randomInt(900_000, 999_999)}`;
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Case" ("id", "number", "type", "status", "channel", "applicantName", "applicantEmail", "officePostcode",
       "region", "text", "trackingNumber", "dueAt", "deadlineRule", "createdAt", "registeredAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'CLAIM', 'WAITING_FOR_CUSTOMER', 'WEB', 'Ходокова Анна', 'anna@mail.example', '101000',
       'Москва', 'Посылка не пришла.', 'RB123456785GB', now() + interval '25 days', 'CLAIM_DOMESTIC',
       now() - interval '3 days', now() - interval '3 days', now())
     RETURNING "id"`,
    [number],
  );
  await sql(
    `INSERT INTO "ClaimDetails" ("caseId", "direction", "itemType", "itemCategory", "acceptedOn", "senderName",
       "senderAddress", "addresseeName", "addresseeAddress", "declaredValueKopecks", "problem", "wish")
     VALUES ($1, 'DOMESTIC', 'PARCEL', 'REGISTERED', now() - interval '20 days', 'Ходокова Анна',
       'Москва, ул. Тверская, д. 1', 'Петров Пётр', 'Тверь, ул. Советская, д. 2', 250050, 'NOT_DELIVERED', 'SEARCH_ONLY')`,
    [row.id],
  );
  // An applicant who gave no surname: the public forms record "—" for a name part not given.
  await sql(
    `INSERT INTO "CaseApplicant" ("id", "caseId", "isPrimary", "role", "lastName", "firstName", "email", "locale",
       "statusTokenHash", "consentPolicyVersion", "consentAt")
     VALUES (gen_random_uuid(), $1, true, 'SENDER', '—', 'Анна', 'anna@mail.example', 'ru', $2, '2026-09-01', now())`,
    [row.id, randomBytes(32).toString("hex")],
  );
  return number;
}

/** A meeting whose address repeats its city, a registration by a member who gave no names, and another accepted. */
async function meetingWithRegistrations(adminId: string) {
  const [event] = await sql<{ id: string }>(
    `INSERT INTO "ClubEvent" ("id", "kind", "status", "title", "city", "address", "startsAt", "endsAt", "capacity",
       "publishedAt", "createdById", "updatedAt")
     VALUES (gen_random_uuid(), 'FOCUS_GROUP', 'PUBLISHED', $1, 'Москва', 'Москва, ул. Мясницкая, д. 26',
       now() + interval '10 days', now() + interval '10 days 2 hours', 10, now(), $2, now()) RETURNING "id"`,
    [`Фокус-группа ${randomBytes(3).toString("hex")}`, adminId],
  );
  const nameless = await createMember("—");
  await sql(`UPDATE "Member" SET "lastName" = '—', "status" = 'PENDING' WHERE "id" = $1`, [nameless.id]);
  const accepted = await createMember("Ирина");
  for (const [member, status] of [
    [nameless.id, "PENDING"],
    [accepted.id, "ACCEPTED"],
  ]) {
    await sql(
      `INSERT INTO "EventRegistration" ("id", "eventId", "memberId", "status", "checkInCode", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, now())`,
      [event.id, member, status, randomBytes(4).toString("hex").toUpperCase()],
    );
  }
  return { eventId: event.id, namelessId: nameless.id };
}

test.describe("console texts @desktop", () => {
  test("every console page speaks in words, in Russian and in English, to a supervisor and an administrator", async ({
    page,
    context,
    baseURL,
  }) => {
    const data = await seedPageData();
    const claimNumber = await claimWithDetails();
    const meeting = await meetingWithRegistrations(data.admin.id);
    const supervisor = await createStaff("SUPERVISOR");
    const caseUrl = (number: string) => `/console/cases/${encodeURIComponent(number)}`;
    const urls: Record<string, string[]> = {
      "/console": ["/console"],
      "/console/account": ["/console/account"],
      "/console/api-keys": ["/console/api-keys"],
      "/console/calendar": ["/console/calendar"],
      "/console/cases": ["/console/cases", "/console/cases?status=WAITING_FOR_CUSTOMER"],
      "/console/cases/[number]": [caseUrl(data.caseNumber), caseUrl(claimNumber)],
      "/console/events": ["/console/events"],
      "/console/events/[id]": [`/console/events/${DEMO_EVENT}`, `/console/events/${meeting.eventId}`],
      "/console/ideas": ["/console/ideas"],
      "/console/loyalty": ["/console/loyalty"],
      "/console/loyalty/imports/[id]": [`/console/loyalty/imports/${data.importId}`],
      "/console/members": ["/console/members", "/console/members?q=Тестова"],
      "/console/members/[id]": [`/console/members/${data.member.id}`, `/console/members/${meeting.namelessId}`],
      "/console/reports": ["/console/reports"],
      "/console/staff": ["/console/staff"],
      "/console/staff/[id]": [`/console/staff/${data.staffId}`],
      "/console/surveys": ["/console/surveys"],
      "/console/surveys/new": ["/console/surveys/new"],
      "/console/surveys/[id]": [`/console/surveys/${DEMO_SURVEY}`, `/console/surveys/${data.surveyId}`],
      "/console/surveys/[id]/results": [`/console/surveys/${data.surveyId}/results`],
      "/console/templates": ["/console/templates"],
    };
    const signedOutUrls: Record<string, string[]> = {
      "/console/sign-in": ["/console/sign-in"],
      "/console/invite/[token]": [`/console/invite/${data.inviteToken}`],
      "/console/unlock/[token]": [`/console/unlock/${data.unlockToken}`],
    };
    // A console page added without an address here fails the test rather than go unread.
    expect(consoleRoutes().sort()).toEqual([...Object.keys(urls), ...Object.keys(signedOutUrls)].sort());
    // What a supervisor's console shows that an administrator's may not: the department's own views.
    const supervisorUrls = [...urls["/console"], ...urls["/console/cases"], ...urls["/console/cases/[number]"]];

    for (const locale of ["ru", "en"] as const) {
      const signedOutIn = async (language: typeof locale) => {
        await context.clearCookies();
        await context.addCookies([{ name: "NEXT_LOCALE", value: language, url: baseURL! }]);
      };
      await signedOutIn(locale);
      for (const url of Object.values(signedOutUrls).flat()) await expectStaffWording(page, url, locale, "signed out");
      await signInStaff(page.request, data.admin);
      for (const url of Object.values(urls).flat()) await expectStaffWording(page, url, locale, "administrator");
      await signedOutIn(locale);
      await signInStaff(page.request, supervisor);
      for (const url of supervisorUrls) await expectStaffWording(page, url, locale, "supervisor");
    }
  });

  test("the survey builder's errors name their fields and go as soon as the fields are right", async ({ page }) => {
    await signInStaff(page.request, await createStaff("SUPERVISOR"));
    await page.goto("/console/surveys/new");
    await page.getByRole("button", { name: "+ Один вариант" }).click();
    await page.getByRole("button", { name: "Сохранить опрос" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Исправьте отмеченное ниже" });
    const titleError = summary.getByRole("link", { name: "Название опроса: Заполните это поле" });
    const questionError = summary.getByRole("link", { name: /^Вопрос 1: / });
    await expect(titleError).toBeVisible();
    await expect(questionError).toBeVisible();
    const title = page.getByLabel("Название опроса");
    await expect(title).toHaveAttribute("aria-invalid", "true");

    // Fixed without saving again: the title's error goes, on the field and in the summary; the question's stays.
    await title.fill("Посещение отделения");
    await expect(title).not.toHaveAttribute("aria-invalid", "true");
    await expect(titleError).toHaveCount(0);
    await expect(questionError).toBeVisible();
    const question = page.getByTestId("question-0");
    await question.getByLabel("Текст вопроса").fill("Что важнее всего?");
    await question.getByLabel("Вариант 1", { exact: true }).fill("Очередь");
    await question.getByLabel("Вариант 2", { exact: true }).fill("Часы работы");
    await expect(summary).toHaveCount(0);
    await expect(question.getByRole("alert")).toHaveCount(0);
  });

  test("a console form the server checks lets go of an error once its field is changed @desktop", async ({ page }) => {
    await signInStaff(page.request, await createStaff("ADMIN"));
    await page.goto("/console/events");
    const form = page.getByTestId("event-new");
    await form.getByRole("button", { name: "Сохранить" }).click();
    const title = form.getByLabel("Тема");
    const city = form.getByLabel("Город");
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expect(city).toHaveAttribute("aria-invalid", "true");
    await title.fill("Встреча участников");
    await expect(title).not.toHaveAttribute("aria-invalid", "true");
    // Only the changed field's error goes.
    await expect(city).toHaveAttribute("aria-invalid", "true");
  });

  test("a console form checked before sending lets go of an error once its field is changed @desktop", async ({
    page,
  }) => {
    const member = await createMember("Вера");
    await signInStaff(page.request, await createStaff("ADMIN"));
    await page.goto(`/console/members/${member.id}`);
    const form = page.getByTestId("adjust-points");
    await form.getByRole("button", { name: "Провести корректировку" }).click();
    const points = form.getByLabel("Сколько баллов");
    const reason = form.getByLabel("Причина");
    await expect(points).toHaveAttribute("aria-invalid", "true");
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await points.fill("50");
    await expect(points).not.toHaveAttribute("aria-invalid", "true");
    await expect(reason).toHaveAttribute("aria-invalid", "true");
  });
});
