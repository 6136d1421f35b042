import { createHash, randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";

import en from "../lib/i18n/messages/en.json";
import ru from "../lib/i18n/messages/ru.json";
import { fileComplaintThroughForm } from "./support/complaint-form";
import { sql } from "./support/database";
import { createMember, signInMember } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expectNoSidewaysScroll, linesOfText } from "./support/page-width";
import { expect, test } from "./support/test";

// The narrowest phone still sold: nothing may scroll sideways on it. Measured once, with the desktop project.
test.use({ viewport: { width: 320, height: 640 } });

const CATALOGUES = { ru, en } as const;

/** What people paste: an address of 200 characters, and a 60-letter word, neither with a place to break. */
const LONG_URL = `https://example.com/tracking?q=${"0123456789abcdef".repeat(11).slice(0, 169)}`;
const LONG_WORD = "Электрорентгенокардиографический".repeat(2).slice(0, 60);
const LONG_TEXT = `Посылка не пришла, трек на сайте: ${LONG_URL} — статус ${LONG_WORD}. Прошу разобраться.`;

/** Visits each address and measures it; `name` says which page a failure is about. */
async function measureAll(page: Page, pages: [name: string, path: string][]) {
  for (const [name, path] of pages) {
    await page.goto(path);
    await expectNoSidewaysScroll(page, name);
  }
}

/** A form sent empty: its error summary is up when the page is measured. */
async function measureFailedSubmit(page: Page, name: string, path: string, submit: string) {
  await page.goto(path);
  await page.getByRole("button", { name: submit, exact: true }).click();
  await expect(page.locator("form").getByRole("alert").first()).toBeVisible();
  await expectNoSidewaysScroll(page, `${name} after an empty submit`);
}

for (const locale of ["ru", "en"] as const) {
  const t = CATALOGUES[locale];

  test(`public pages fit a 320 px screen (${locale}) @desktop`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await measureAll(page, [
      ["home", "/"],
      ["complaints desk", "/complaints"],
      ["complaint form", "/complaints/new"],
      ["claim form", "/claims/new"],
      ["office rating form", "/offices/rate"],
      ["queue report form", "/offices/queue"],
      ["club", "/club"],
      ["club questionnaire", "/club/join"],
      ["printable questionnaire", "/club/questionnaire"],
      ["membership confirmation", `/club/confirm/${randomBytes(32).toString("base64url")}`],
      ["meetings", "/meetings"],
      ["meetings in Moscow", "/meetings?town=Москва"],
      ["privacy policy", "/privacy"],
      ["member sign-in", "/sign-in"],
      ["sign-in link sent", "/sign-in/check-email"],
      ["sign-in link used", "/sign-in/error?error=Verification"],
      ["unknown status link", `/status/${randomBytes(32).toString("base64url")}`],
    ]);
    await measureFailedSubmit(page, "complaint form", "/complaints/new", t.filing.submitComplaint);
    await measureFailedSubmit(page, "claim form", "/claims/new", t.filing.submitClaim);
    await measureFailedSubmit(page, "club questionnaire", "/club/join", t.club.join.submit);
    await measureFailedSubmit(page, "office rating form", "/offices/rate", t.desk.submitRating);
    await measureFailedSubmit(page, "queue report form", "/offices/queue", t.desk.submitQueue);
  });
}

/** A case as its member filed it: the complaint's text, a comment, and an answer, each with the long address. */
async function answeredCase(page: Page) {
  const member = await createMember("Анна");
  await signInMember(page.request, member);
  const number = await fileComplaintThroughForm(page, {
    lastName: "Тестова",
    firstName: "Анна",
    email: member.email,
    text: LONG_TEXT,
  });
  await expectNoSidewaysScroll(page, "complaint form, filed");
  const mail = await waitForEmail({ to: member.email, subject: new RegExp(number) });
  const statusPath = new URL(mail.links.find((href) => href.includes("/status/"))!).pathname;
  await page.goto(statusPath);
  await page.getByLabel(ru.statusPage.addLabel).fill(`Ещё одна ссылка: ${LONG_URL}`);
  await page.getByRole("button", { name: ru.statusPage.send, exact: true }).click();
  await expect(page.getByText(`Ещё одна ссылка: ${LONG_URL}`)).toBeVisible();
  const [found] = await sql<{ id: string }>(`SELECT "id" FROM "Case" WHERE "number" = $1`, [number]);
  await sql(
    `INSERT INTO "CaseEvent" ("id", "caseId", "kind", "body") VALUES (gen_random_uuid(), $1, 'PUBLIC_REPLY', $2)`,
    [found.id, `Ответ на ${LONG_WORD}: смотрите ${LONG_URL}`],
  );
  await sql(`UPDATE "Case" SET "status" = 'ANSWERED', "answeredAt" = now() WHERE "id" = $1`, [found.id]);
  return { number, statusPath };
}

test("a case with a long address and a long word: its status, rating and account pages fit a 320 px screen, its number on one line @desktop", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { number, statusPath } = await answeredCase(page);
  for (const locale of ["ru", "en"] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await page.goto(statusPath);
    await expect(page.getByText(LONG_URL, { exact: false }).first()).toBeVisible();
    await expectNoSidewaysScroll(page, `status page (${locale})`);
    expect
      .soft(await linesOfText(page.getByRole("heading", { level: 1 }), number), "the case number in the heading")
      .toBe(1);
    await measureAll(page, [
      [`answer rating (${locale})`, `${statusPath}/rate`],
      [`answer rated from the email (${locale})`, `${statusPath}/rate?score=4`],
      [`member's case (${locale})`, `/account/cases/${encodeURIComponent(number)}`],
      [`member's account with a case (${locale})`, "/account"],
    ]);
    expect
      .soft(await linesOfText(page.getByRole("link", { name: number }), number), "the case number in the account")
      .toBe(1);
  }
});

/** A member's life in the club: points, a place at a meeting, an idea and a survey waiting (with its link). */
async function memberWithHistory() {
  const member = await createMember("Анна");
  const tag = randomBytes(3).toString("hex");
  await sql(
    `INSERT INTO "PointsEntry" ("id", "memberId", "kind", "points", "reason", "source") VALUES
       (gen_random_uuid(), $1, 'EARN', 12500, 'Покупка в отделении 101000 на 125 000 ₽', 'purchase'),
       (gen_random_uuid(), $1, 'SPEND', -300, 'Обмен баллов на календарь', 'reward')`,
    [member.id],
  );
  const event = (kind: string, title: string) =>
    sql<{ id: string }>(
      `INSERT INTO "ClubEvent" ("id", "kind", "status", "title", "description", "city", "address", "startsAt", "endsAt",
         "capacity", "publishedAt", "createdById", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'PUBLISHED', $2, $3, 'Санкт-Петербург', 'Невский проспект, д. 28, конференц-зал',
         now() + interval '10 days', now() + interval '10 days 2 hours', 12, now(), gen_random_uuid(), now())
       RETURNING "id"`,
      [kind, title, `Обсудим ${LONG_WORD} и ${LONG_URL}`],
    );
  const [mine] = await event("FOCUS_GROUP", `Фокус-группа о доставке ${tag}`);
  await event("MEETING", `Встреча в Петербурге ${tag}`);
  await sql(
    `INSERT INTO "EventRegistration" ("id", "eventId", "memberId", "status", "checkInCode", "acceptedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'ACCEPTED', $3, now(), now())`,
    [mine.id, member.id, randomBytes(4).toString("hex").toUpperCase()],
  );
  await sql(
    `INSERT INTO "Idea" ("id", "authorId", "area", "title", "body", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'WEBSITE', $2, $3, now())`,
    [member.id, `Идея ${tag}: ${LONG_WORD}`, `Как на ${LONG_URL}`],
  );
  const [survey] = await sql<{ id: string }>(
    `INSERT INTO "Survey" ("id", "title", "description", "status", "opensAt", "publishedAt", "createdById", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'OPEN', now(), now(), gen_random_uuid(), now()) RETURNING "id"`,
    [`Опрос ${tag}`, `Про ${LONG_WORD}: ${LONG_URL}`],
  );
  const choices = JSON.stringify([
    { id: "o1", label: "Да" },
    { id: "o2", label: LONG_WORD },
  ]);
  const questions: [kind: string, text: string, options: string][] = [
    ["SINGLE", "Были ли вы в отделении в этом месяце?", choices],
    ["MULTIPLE", "Что вы отправляли?", choices],
    ["NPS", "Порекомендуете ли вы Почту друзьям?", "[]"],
    ["RATING", "Как вы оцените доставку?", JSON.stringify({ min: 0, max: 10, minLabel: "Плохо", maxLabel: "Отлично" })],
    ["TEXT", `Что ещё? ${LONG_WORD}`, "[]"],
  ];
  for (const [position, [kind, text, options]] of questions.entries()) {
    await sql(
      `INSERT INTO "SurveyQuestion" ("id", "surveyId", "position", "kind", "text", "isRequired", "options")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, true, $5)`,
      [survey.id, position + 1, kind, text, options],
    );
  }
  const surveyToken = randomBytes(32).toString("base64url");
  await sql(
    `INSERT INTO "SurveyInvitation" ("id", "surveyId", "memberId", "tokenHash") VALUES (gen_random_uuid(), $1, $2, $3)`,
    [survey.id, member.id, createHash("sha256").update(surveyToken).digest("hex")],
  );
  return { member, surveyId: survey.id, surveyToken };
}

test("a member's pages fit a 320 px screen, the card number on one line @desktop", async ({
  page,
  context,
  baseURL,
}) => {
  const { member, surveyId, surveyToken } = await memberWithHistory();
  await signInMember(page.request, member);
  for (const locale of ["ru", "en"] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await page.goto("/account");
    await expectNoSidewaysScroll(page, `member's account (${locale})`);
    const card = page.getByTestId("card-number");
    expect.soft(await linesOfText(card, (await card.textContent())!.trim()), "the card number").toBe(1);
    await measureAll(page, [
      [`member's events (${locale})`, "/events"],
      [`ideas (${locale})`, "/ideas"],
      [`ideas, newest first (${locale})`, "/ideas?sort=new"],
      [`member's surveys (${locale})`, "/surveys"],
      [`a survey in the account (${locale})`, `/surveys/${surveyId}`],
      [`a survey by its emailed link (${locale})`, `/survey/${surveyToken}`],
    ]);
    await page.getByRole("button", { name: CATALOGUES[locale].surveys.answer.submit }).click();
    await expect(page.locator("form").getByRole("alert").first()).toBeVisible();
    await expectNoSidewaysScroll(page, `a survey after an empty submit (${locale})`);
  }
});
