import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";

import { fileComplaintThroughForm } from "./support/complaint-form";
import { sql } from "./support/database";
import { createMember, createStaff, signInMember, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

/** A published meeting of this test's own, a week ahead, with the member already holding a place. */
async function meetingWithPlace(memberId: string): Promise<string> {
  const staff = await createStaff("OPERATOR");
  const title = `Встреча о посылках ${randomBytes(3).toString("hex")}`;
  const [event] = await sql<{ id: string }>(
    `INSERT INTO "ClubEvent" ("id", "kind", "status", "title", "city", "address", "startsAt", "endsAt", "capacity",
       "publishedAt", "createdById", "updatedAt")
     VALUES (gen_random_uuid(), 'MEETING', 'PUBLISHED', $1, 'Тверь', 'ул. Советская, д. 31',
       now() + interval '7 days', now() + interval '7 days 2 hours', 10, now(), $2, now()) RETURNING "id"`,
    [title, staff.id],
  );
  await sql(
    `INSERT INTO "EventRegistration" ("id", "eventId", "memberId", "status", "checkInCode", "acceptedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'ACCEPTED', $3, now(), now())`,
    [event.id, memberId, randomBytes(4).toString("hex").toUpperCase()],
  );
  return title;
}

/** A reward of this test's own costing `costPoints`. */
async function createReward(costPoints: number): Promise<string> {
  const title = `Открытка ${randomBytes(3).toString("hex")}`;
  await sql(
    `INSERT INTO "Reward" ("id", "title", "costPoints", "stock", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 5, now())`,
    [title, costPoints],
  );
  return title;
}

test("giving up an event place asks first: «Нет» keeps the place, «Да, отменить» gives it up", async ({ page }) => {
  const member = await createMember("Инна");
  const title = await meetingWithPlace(member.id);
  await signInMember(page.request, member);
  await page.goto("/events");
  const place = page.getByTestId("my-registration").filter({ hasText: title });
  await expect(place.getByTestId("registration-status")).toHaveText("Вы записаны");

  await place.getByRole("button", { name: "Отменить запись" }).click();
  const question = place.getByRole("group", { name: "Отменить запись?" });
  await expect(question).toBeVisible();
  // The safe answer has the focus, so Enter does not give the place up.
  await expect(question.getByRole("button", { name: "Нет" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(question).toHaveCount(0);
  await expect(place.getByRole("button", { name: "Отменить запись" })).toBeFocused();
  await page.reload();
  await expect(place.getByTestId("registration-status")).toHaveText("Вы записаны");

  await place.getByRole("button", { name: "Отменить запись" }).click();
  await place.getByRole("button", { name: "Да, отменить" }).click();
  await expect(place.getByTestId("registration-status")).toHaveText("Запись отменена");
  await expect(place.getByRole("button", { name: "Отменить запись" })).toHaveCount(0);
});

test("the question reads in English too", async ({ page, context, baseURL }) => {
  const member = await createMember("Inna");
  const title = await meetingWithPlace(member.id);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await signInMember(page.request, member);
  await page.goto("/events");
  const place = page.getByTestId("my-registration").filter({ hasText: title });
  await place.getByRole("button", { name: "Cancel registration" }).click();
  const question = place.getByRole("group", { name: "Cancel your registration?" });
  await expect(question.getByRole("button", { name: "Yes, cancel" })).toBeVisible();
  await expect(question.getByRole("button", { name: "No" })).toBeFocused();
});

test("a reward the balance does not cover says how many points are missing, in both languages", async ({
  page,
  context,
  baseURL,
}) => {
  const member = await createMember("Олег");
  await sql(
    `INSERT INTO "PointsEntry" ("id", "memberId", "kind", "points", "reason", "source") VALUES
    (gen_random_uuid(), $1, 'EARN', 50, 'Покупка', 'e2e')`,
    [member.id],
  );
  const [affordable, one, few, many, twentyOne] = await Promise.all([
    createReward(50),
    createReward(51),
    createReward(53),
    createReward(350),
    createReward(71),
  ]);
  await signInMember(page.request, member);
  await page.goto("/account");
  await expect(page.getByTestId("points-balance")).toHaveText("На счёте: 50 баллов");

  const reward = (title: string) => page.getByRole("listitem", { name: title });
  await expect(reward(affordable).getByRole("button", { name: "Обменять баллы" })).toBeEnabled();
  await expect(reward(affordable).getByTestId("reward-short")).toHaveCount(0);
  for (const [title, short] of [
    [one, "Не хватает 1 балла"],
    [few, "Не хватает 3 баллов"],
    [many, "Не хватает 300 баллов"],
    [twentyOne, "Не хватает 21 балла"],
  ]) {
    const button = reward(title).getByRole("button", { name: "Обменять баллы" });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(short);
  }

  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.reload();
  await expect(reward(one).getByTestId("reward-short")).toHaveText("1 more point needed");
  await expect(reward(many).getByTestId("reward-short")).toHaveText("300 more points needed");
  await expect(reward(many).getByRole("button", { name: "Exchange points" })).toBeDisabled();
});

test("a page someone may not open answers 403, and one that is not there 404, each saying so in words", async ({
  browser,
  page,
}) => {
  // Staff on a member's page, a member in the console, a role without the section: 403.
  const staff = await browser.newContext();
  await signInStaff(staff.request, await createStaff("OPERATOR"));
  const staffPage = await staff.newPage();
  let response = await staffPage.goto("/account");
  expect(response!.status()).toBe(403);
  await expect(staffPage.getByRole("heading", { level: 1 })).toHaveText("Нет доступа");
  await expect(staffPage.getByText("вы вошли как сотрудник")).toBeVisible();
  response = await staffPage.goto("/console/staff");
  expect(response!.status()).toBe(403);
  await expect(staffPage.getByText("Этот раздел недоступен для вашей роли.")).toBeVisible();
  // An unknown case number in the console: 404.
  response = await staffPage.goto(`/console/cases/${encodeURIComponent("Ж-2000-999999")}`);
  expect(response!.status()).toBe(404);
  await expect(staffPage.getByRole("heading", { level: 1 })).toHaveText("Страница не найдена");
  await staff.close();

  const member = await createMember("Зоя");
  await signInMember(page.request, member);
  response = await page.goto("/console");
  expect(response!.status()).toBe(403);
  await expect(page.getByText("Консоль — для сотрудников")).toBeVisible();
  await expect(page.getByRole("link", { name: "В личный кабинет" })).toHaveAttribute("href", "/account");
  response = await page.goto(`/account/cases/${encodeURIComponent("Ж-2000-999999")}`);
  expect(response!.status()).toBe(404);

  // A status link that opens no case: 404, with the status page's own words.
  const visitor = await browser.newPage();
  const unknownToken = randomBytes(24).toString("base64url");
  response = await visitor.goto(`/status/${unknownToken}`);
  expect(response!.status()).toBe(404);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Обращение не найдено");
  response = await visitor.goto(`/status/${unknownToken}/rate?score=5`);
  expect(response!.status()).toBe(404);
  await visitor.close();
});

test("the 403 and 404 pages read in English too", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await signInMember(page.request, await createMember("Zoya"));
  const response = await page.goto("/console/reports");
  expect(response!.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No access");
  await expect(page.getByText("The console is for staff")).toBeVisible();
  const missing = await page.goto(`/status/${randomBytes(24).toString("base64url")}`);
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Case not found");
});

/** Rates office 101000 through the form and returns the case number the thanks names. */
async function rateOffice(page: Page, score: string, comment: string): Promise<string> {
  await page.goto("/offices/rate");
  await page.getByLabel("Индекс отделения").fill("101000");
  await page.getByRole("radio", { name: score }).check();
  await page.getByLabel("Комментарий (по желанию)").fill(comment);
  await page.getByRole("button", { name: "Отправить оценку" }).click();
  const thanks = page.getByRole("status").filter({ hasText: "Спасибо" });
  await expect(thanks).toBeVisible();
  return (await thanks.textContent())!.match(/О-\d{4}-\d+/)![0];
}

test("rating the same office again from the same browser corrects the first rating; another browser's is its own", async ({
  browser,
  page,
}) => {
  const tag = randomBytes(3).toString("hex");
  const first = await rateOffice(page, "2 — плохо", `Долго ждала ${tag}`);
  const again = await rateOffice(page, "4 — хорошо", `Ошиблась, всё было хорошо ${tag}`);
  expect(again).toBe(first);
  await expect(page.getByRole("status")).toContainText(`Мы обновили вашу оценку ${first}`);
  const [stored] = await sql<{ ratingScore: number; text: string }>(
    `SELECT "ratingScore", "text" FROM "Case" WHERE "number" = $1`,
    [first],
  );
  expect(stored).toEqual({ ratingScore: 4, text: `Ошиблась, всё было хорошо ${tag}` });

  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" } });
  const stranger = await rateOffice(await other.newPage(), "5 — отлично", `Другой посетитель ${tag}`);
  expect(stranger).not.toBe(first);
  await other.close();
  expect(await sql(`SELECT 1 FROM "Case" WHERE "type" = 'RATING' AND "text" LIKE $1`, [`%${tag}`])).toHaveLength(2);
});

test("a complaint like one sent days before is filed, and its receipt names the earlier case without its link", async ({
  page,
}) => {
  const email = `again-${randomBytes(4).toString("hex")}@mail.example`;
  const form = { lastName: "Ходокова", firstName: "Анна", email, text: "В отделении работало одно окно из четырёх." };
  const first = await fileComplaintThroughForm(page, form);
  const filed = await waitForEmail({ to: email, subject: new RegExp(first) });
  const firstLink = filed.links.find((link) => link.includes("/status/"))!;
  await expect(page.getByTestId("similar-case")).toHaveCount(0);

  const second = await fileComplaintThroughForm(page, { ...form, text: "Пишу снова: очередь та же, окно одно." });
  expect(second).not.toBe(first);
  await expect(page.getByTestId("similar-case")).toHaveText(
    new RegExp(
      `^Вы уже отправляли похожее обращение — ${first} от \\d{1,2} [а-я]+ \\d{4} года\\. Ссылку на его страницу мы ещё раз отправили на вашу почту\\.$`,
    ),
  );
  expect(await page.content()).not.toContain(new URL(firstLink).pathname);
  const reminder = await waitForEmail({ to: email, subject: `Ссылка на обращение ${first}` });
  expect(reminder.links).toContain(firstLink);
});
