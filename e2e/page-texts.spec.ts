import { createHash, randomBytes, randomInt } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

import { machineWords } from "../lib/i18n/machine-words";
import { sql } from "./support/database";
import { signInMember } from "./support/identities";
import { seedPageData } from "./support/page-fixtures";
import { expect, test } from "./support/test";

// Every page's words, in both languages, read as a person reads them: once, with the desktop project (@desktop).
test.setTimeout(240_000);

/** The routes customers and members open: every page.tsx outside the console and the developer pages. */
function customerRoutes(dir = path.join(process.cwd(), "app"), route = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") routes.push(route || "/");
    if (
      !entry.isDirectory() ||
      entry.name === "(console)" ||
      entry.name === "(dev)" ||
      entry.name === "(bench)" ||
      entry.name === "api"
    )
      continue;
    const segment = entry.name.startsWith("(") ? "" : `/${entry.name}`;
    routes.push(...customerRoutes(path.join(dir, entry.name), route + segment));
  }
  return routes;
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** A search claim by a claimant with a patronymic, in work, with a photo: its status link. */
async function claimInWork() {
  const statusToken = randomBytes(32).toString("base64url");
  const number = `Р-${new Date().getFullYear()}-${randomInt(900_000, 999_999)}`;
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Case" ("id", "number", "type", "status", "applicantName", "applicantEmail", "officePostcode", "region",
       "text", "trackingNumber", "dueAt", "deadlineRule", "createdAt", "registeredAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'CLAIM', 'IN_PROGRESS', 'Ходокова Анна Сергеевна', 'anna@mail.example', '101000',
       'Москва', 'Посылка не пришла.', 'RB123456785GB', now() + interval '25 days', 'CLAIM_DOMESTIC',
       now() - interval '3 days', now() - interval '3 days', now())
     RETURNING "id"`,
    [number],
  );
  const [applicant] = await sql<{ id: string }>(
    `INSERT INTO "CaseApplicant" ("id", "caseId", "isPrimary", "role", "lastName", "firstName", "patronymic", "email",
       "locale", "statusTokenHash", "consentPolicyVersion", "consentAt")
     VALUES (gen_random_uuid(), $1, true, 'APPLICANT', 'Ходокова', 'Анна', 'Сергеевна', 'anna@mail.example', 'ru', $2,
       '2026-09-01', now())
     RETURNING "id"`,
    [row.id, sha256(statusToken)],
  );
  const [filed] = await sql<{ id: string }>(
    `INSERT INTO "CaseEvent" ("id", "caseId", "kind", "isPublic", "data", "applicantId", "createdAt")
     VALUES (gen_random_uuid(), $1, 'FILED', true, '{}', $2, now() - interval '3 days') RETURNING "id"`,
    [row.id, applicant.id],
  );
  await sql(
    `INSERT INTO "Attachment" ("id", "caseId", "eventId", "storageKey", "fileName", "contentType", "size", "sha256")
     VALUES (gen_random_uuid(), $1, $2, $3, 'photo.png', 'image/png', 8200, $4)`,
    [row.id, filed.id, `e2e/${randomBytes(8).toString("hex")}`, "0".repeat(64)],
  );
  return statusToken;
}

/**
 * The words the data brings in (names, titles, the offices' and topics' names, what people wrote): an English
 * page may show them as they were written, in Russian. Everything else on an English page is the portal's.
 */
async function dataWords(): Promise<RegExp> {
  const rows = await sql<{ text: string | null }>(
    `SELECT "nameRu" AS text FROM "Topic" UNION SELECT "nameEn" FROM "Topic"
     UNION SELECT "name" FROM "Office" WHERE "postcode" IN (SELECT "officePostcode" FROM "Case") OR "postcode" = '101000'
     UNION SELECT "region" FROM "Office" WHERE "postcode" = '101000' UNION SELECT "city" FROM "Office" WHERE "postcode" = '101000'
     UNION SELECT "title" FROM "ClubEvent" UNION SELECT "description" FROM "ClubEvent"
     UNION SELECT "city" FROM "ClubEvent" UNION SELECT "address" FROM "ClubEvent"
     UNION SELECT "title" FROM "Survey" UNION SELECT "description" FROM "Survey"
     UNION SELECT "text" FROM "SurveyQuestion" UNION SELECT "help" FROM "SurveyQuestion"
     UNION SELECT jsonb_array_elements("options")->>'label' FROM "SurveyQuestion" WHERE jsonb_typeof("options") = 'array'
     UNION SELECT "options"->>'minLabel' FROM "SurveyQuestion" WHERE jsonb_typeof("options") = 'object'
     UNION SELECT "options"->>'maxLabel' FROM "SurveyQuestion" WHERE jsonb_typeof("options") = 'object'
     UNION SELECT "title" FROM "Reward" UNION SELECT "description" FROM "Reward"
     UNION SELECT "title" FROM "Idea" UNION SELECT "body" FROM "Idea" UNION SELECT "publicAnswer" FROM "Idea"
     UNION SELECT "reason" FROM "PointsEntry" WHERE "source" IN ('staff', 'reward')
     UNION SELECT "text" FROM "Case" WHERE "createdAt" > now() - interval '1 day' OR "number" LIKE 'Р-%'
     UNION SELECT "body" FROM "CaseEvent" WHERE "isPublic" AND "createdAt" > now() - interval '7 days'
     UNION SELECT "firstName" FROM "Member" UNION SELECT "lastName" FROM "Member"
     UNION SELECT "lastName" FROM "CaseApplicant" UNION SELECT "firstName" FROM "CaseApplicant"
     UNION SELECT "patronymic" FROM "CaseApplicant"`,
  );
  // Word by word: a page may show part of a text (a shortened description, a line broken differently).
  const words = [...new Set(rows.flatMap((row) => row.text?.split(/\s+/) ?? []))]
    // Russian words, and capitals other tests put in the data (a topic named "=HYPERLINK(...)").
    .filter((word) => /[а-яё]/i.test(word) || /[A-Z]{2}/.test(word))
    .sort((a, b) => b.length - a.length)
    .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Case numbers carry a Cyrillic letter in both languages; the language switch names Russian in Russian.
  return new RegExp([...words, "[ЖРОЧ]-\\d{4}-\\d{6}", "Русский"].join("|"), "g");
}

/** The page's visible text, checked after it has settled; the address says which page a failure is about. */
async function expectWrittenByAPerson(page: Page, url: string, locale: "ru" | "en") {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  const text = await page.locator("body").innerText();
  const problems = machineWords(text, locale, locale === "en" ? await dataWords() : undefined);
  expect.soft(problems, `${url} (${locale}):\n${text}`).toEqual([]);
}

test("every customer and member page reads as a person wrote it, in Russian and in English @desktop", async ({
  page,
  context,
  baseURL,
}) => {
  const data = await seedPageData();
  // A survey answered: its reward is in the points history, in words.
  await sql(
    `INSERT INTO "PointsEntry" ("id", "memberId", "kind", "points", "reason", "source", "reference")
     VALUES (gen_random_uuid(), $1, 'EARN', 50, 'SURVEY_COMPLETED', 'survey', $2)`,
    [data.member.id, data.surveyId],
  );
  const claimToken = await claimInWork();
  const urls: Record<string, string[]> = {
    "/": ["/"],
    "/club": ["/club"],
    "/club/join": ["/club/join"],
    "/club/questionnaire": ["/club/questionnaire"],
    "/club/confirm/[token]": [`/club/confirm/${randomBytes(32).toString("base64url")}`],
    "/meetings": ["/meetings"],
    "/privacy": ["/privacy"],
    "/sign-in": ["/sign-in"],
    "/sign-in/check-email": ["/sign-in/check-email"],
    "/sign-in/error": ["/sign-in/error?error=Verification"],
    "/complaints": ["/complaints"],
    "/complaints/new": ["/complaints/new"],
    "/claims/new": ["/claims/new"],
    "/offices/rate": ["/offices/rate"],
    "/offices/queue": ["/offices/queue"],
    "/status/[token]": [`/status/${data.statusToken}`, `/status/${claimToken}`],
    "/status/[token]/rate": [`/status/${data.statusToken}/rate`],
    "/survey/[token]": [`/survey/${data.surveyToken}`],
  };
  const memberUrls: Record<string, string[]> = {
    "/account": ["/account"],
    "/account/cases/[number]": [`/account/cases/${encodeURIComponent(data.caseNumber)}`],
    "/events": ["/events"],
    "/ideas": ["/ideas"],
    "/surveys": ["/surveys"],
    "/surveys/[id]": [`/surveys/${data.surveyId}`],
  };
  // A page added without an address here fails the test rather than go unread.
  expect(customerRoutes().sort()).toEqual([...Object.keys(urls), ...Object.keys(memberUrls)].sort());

  for (const locale of ["ru", "en"] as const) {
    await context.clearCookies();
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    for (const url of Object.values(urls).flat()) await expectWrittenByAPerson(page, url, locale);
    await signInMember(page.request, data.member);
    for (const url of Object.values(memberUrls).flat()) await expectWrittenByAPerson(page, url, locale);
  }
});

test("the receipt of a filed complaint and its status page read as a person wrote them @desktop", async ({ page }) => {
  await page.goto("/complaints/new");
  await page.getByLabel("Фамилия").fill("Ходокова");
  await page.getByLabel("Имя", { exact: true }).fill("Анна");
  await page.getByLabel("Отчество (если есть)").fill("Сергеевна");
  await page.getByLabel("Электронная почта для ответа").fill(`anna-${randomBytes(4).toString("hex")}@mail.example`);
  await page.getByLabel("Тема").selectOption({ label: "Очередь в отделении" });
  await page.getByLabel("Текст обращения").fill("В отделении работало одно окно из четырёх.");
  await page.getByLabel(/Я даю согласие на обработку моих персональных данных/).check();
  await page.getByRole("button", { name: "Отправить обращение" }).click();
  const receipt = page.getByRole("status").filter({ hasText: "Обращение зарегистрировано" });
  await expect(receipt).toContainText(/не позднее \d+ \S+ \d{4} года\./);
  expect(machineWords(await receipt.innerText(), "ru")).toEqual([]);

  await receipt.getByRole("link", { name: "Открыть страницу обращения" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Обращение Ж-");
  expect(machineWords(await page.locator("body").innerText(), "ru")).toEqual([]);
});
