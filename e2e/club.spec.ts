import { createHash, randomBytes, randomUUID } from "node:crypto";

import { sql } from "./support/database";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

const freshEmail = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}@club.example`;

/** An API key of the operator's tills, written the way the console issues it (only its sha256 is stored). */
async function createLoyaltyApiKey(): Promise<string> {
  const key = `pk_${randomBytes(32).toString("base64url")}`;
  await sql(
    `INSERT INTO "ApiKey" ("id", "name", "prefix", "keyHash", "scopes") VALUES (gen_random_uuid(), $1, $2, $3, ARRAY['loyalty:write'])`,
    [`Кассы ${key.slice(3, 9)}`, key.slice(0, 8), createHash("sha256").update(key).digest("hex")],
  );
  return key;
}

/** A reward of this test's own, so its stock is not shared with other tests. */
async function createReward(costPoints: number): Promise<string> {
  const title = `Календарь ${randomBytes(3).toString("hex")}`;
  await sql(
    `INSERT INTO "Reward" ("id", "title", "costPoints", "stock", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 5, now())`,
    [title, costPoints],
  );
  return title;
}

async function confirmByEmailedLink(page: import("@playwright/test").Page, link: string) {
  await page.goto(link);
  // Opening the link confirms nothing (mail scanners open links too): the button does.
  await expect(page.getByText("подтвердите вступление кнопкой ниже")).toBeVisible();
  await page.getByRole("button", { name: "Подтвердить участие" }).click();
}

test("a visitor joins by the questionnaire, confirms by the emailed link, signs in to a card with 0 points, earns points for a purchase and exchanges them for a reward", async ({
  page,
}) => {
  // Two emails and a dozen pages: on a busy CI machine this path takes longer than most.
  test.setTimeout(120_000);
  const email = freshEmail("joiner");
  await page.goto("/club");
  await page.getByRole("link", { name: "Вступить в клуб" }).click();
  await expect(page).toHaveURL(/\/club\/join$/);

  await page.getByLabel("Имя *", { exact: true }).fill("Светлана");
  await page.getByLabel("Фамилия *", { exact: true }).fill("Орлова");
  await page.getByLabel("Электронная почта *").fill(email);
  await page.getByLabel("Регион").fill("Тверская область");
  await page.getByLabel("Город или населённый пункт").fill("Тверь");
  await page.getByLabel("Возраст *").selectOption("AGE_35_44");
  await page.getByLabel("Как часто вы пользуетесь услугами почты? *").selectOption("MONTHLY");
  await page.getByLabel("посылки", { exact: true }).check();
  await page.getByLabel("опросы", { exact: true }).check();
  await page.getByLabel("Ваши идеи и предложения (необязательно)").fill("Больше окон выдачи посылок вечером.");
  await page.getByLabel("Да", { exact: true }).check();
  await page.getByLabel(/Я даю согласие на обработку моих персональных данных/).check();
  await page.getByRole("button", { name: "Отправить анкету" }).click();
  await expect(page.getByRole("status")).toContainText("Проверьте почту");

  const confirmation = await waitForEmail({ to: email, subject: "Подтвердите вступление в Клуб клиентов" });
  const confirmLink = confirmation.links.find((href) => href.includes("/club/confirm/"));
  expect(confirmLink, "the email carries the confirmation link").toBeTruthy();
  expect(confirmation.text).toContain("48");

  // Only following the link is no confirmation: the account does not exist until the button is pressed.
  await page.goto(confirmLink!);
  expect(await sql(`SELECT 1 FROM "Member" WHERE "email" = $1`, [email])).toHaveLength(0);
  await confirmByEmailedLink(page, confirmLink!);
  await expect(page.getByRole("status")).toContainText("вы участник Клуба клиентов");
  const cardNumber = (await page.getByRole("status").textContent())!.match(/\d{13}/)![0];
  // A second press says it is done already.
  await confirmByEmailedLink(page, confirmLink!);
  await expect(page.getByRole("status")).toContainText("уже подтверждено");

  await page.getByRole("link", { name: "Войти в личный кабинет" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)account/);
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByRole("button", { name: "Получить ссылку для входа" }).click();
  await expect(page.getByRole("status")).toContainText("Проверьте почту");
  const signIn = await waitForEmail({ to: email, subject: "Вход в Клуб клиентов" });
  await page.goto(signIn.links.find((href) => href.includes("/api/auth/callback/email"))!);

  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Здравствуйте, Светлана!")).toBeVisible();
  await expect(page.getByTestId("card-number")).toHaveText(
    cardNumber.replace(/^(\d)(\d{4})(\d{4})(\d{4})$/, "$1 $2 $3 $4"),
  );
  await expect(page.getByRole("img", { name: `Штрихкод карты ${cardNumber}` })).toBeVisible();
  await expect(page.getByTestId("points-balance")).toHaveText("На счёте: 0 баллов");
  await expect(page.getByText("Операций с баллами пока нет.")).toBeVisible();

  // A till posts a purchase of 1,000 ₽ in a category with a seeded rule: 10 × the rule's points per 100 ₽.
  const [rule] = await sql<{ pointsPer100Rub: number }>(
    `SELECT "pointsPer100Rub" FROM "PointsRule" WHERE kind = 'PURCHASE' AND subject = 'postal-services' AND "isActive" ORDER BY "createdAt" LIMIT 1`,
  );
  const earned = 10 * rule.pointsPer100Rub;
  const key = await createLoyaltyApiKey();
  const posted = await page.request.post("/api/v1/loyalty/purchases", {
    headers: { Authorization: `Bearer ${key}` },
    data: {
      externalId: `till-${randomUUID()}`,
      cardNumber,
      amountKopecks: 100_000,
      category: "postal-services",
      officePostcode: "101000",
      purchasedAt: new Date().toISOString(),
    },
  });
  expect(posted.status()).toBe(201);
  expect(await posted.json()).toMatchObject({ points: earned, balance: earned });
  await page.reload();
  await expect(page.getByTestId("points-balance")).toHaveText(`На счёте: ${earned} баллов`);

  // A reward is taken for points, after a confirmation; one that costs more than is left says so up front.
  const cost = earned - 20;
  const title = await createReward(cost);
  await page.reload();
  const reward = page.getByRole("listitem", { name: title });
  await reward.getByRole("button", { name: "Обменять баллы" }).click();
  await expect(
    reward.getByText(`Обменять ${cost} баллов на «${title}»? После обмена на счёте останется 20 баллов.`),
  ).toBeVisible();
  await reward.getByRole("button", { name: "Да, обменять" }).click();
  await expect(reward.getByRole("status")).toHaveText(`Готово: «${title}» ваш. На счёте осталось 20 баллов.`);
  await expect(page.getByTestId("points-balance")).toHaveText("На счёте: 20 баллов");
  await expect(page.getByTestId("redemptions")).toContainText(title);

  const expensiveTitle = await createReward(500);
  await page.reload();
  const expensive = page.getByRole("listitem", { name: expensiveTitle });
  await expect(expensive.getByRole("button", { name: "Обменять баллы" })).toBeDisabled();
  await expect(expensive.getByText("Не хватает 480 баллов")).toBeVisible();
  await expect(page.getByTestId("points-balance")).toHaveText("На счёте: 20 баллов");
});

test("a child under 14 is told a parent's consent is needed, and nothing is sent without it", async ({ page }) => {
  await page.goto("/club/join");
  await page.getByLabel("Имя *", { exact: true }).fill("Петя");
  await page.getByLabel("Фамилия *", { exact: true }).fill("Иванов");
  await page.getByLabel("Электронная почта *").fill(freshEmail("child"));
  await page.getByLabel("Возраст *").selectOption("UNDER_14");
  await expect(
    page.getByText("Участникам младше 14 лет нужно согласие родителя или законного представителя."),
  ).toBeVisible();
  await page.getByLabel("Как часто вы пользуетесь услугами почты? *").selectOption("RARELY");
  await page.getByLabel("Да", { exact: true }).check();
  await page.getByLabel(/Я даю согласие на обработку моих персональных данных/).check();
  await page.getByRole("button", { name: "Отправить анкету" }).click();
  const summary = page.locator("form").getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("укажите имя родителя");
  await expect(summary).toContainText("родитель должен отметить согласие");
});

test("a member edits their details, withdraws the news consent, downloads their data and leaves the club", async ({
  page,
}) => {
  const email = freshEmail("leaver");
  await page.goto("/club/join");
  await page.getByLabel("Имя *", { exact: true }).fill("Ольга");
  await page.getByLabel("Фамилия *", { exact: true }).fill("Зимина");
  await page.getByLabel("Электронная почта *").fill(email);
  await page.getByLabel("Возраст *").selectOption("AGE_45_54");
  await page.getByLabel("Как часто вы пользуетесь услугами почты? *").selectOption("WEEKLY");
  await page.getByLabel("Да", { exact: true }).check();
  await page.getByLabel(/Я даю согласие на обработку моих персональных данных/).check();
  await page.getByLabel(/получать новости клуба/).check();
  await page.getByRole("button", { name: "Отправить анкету" }).click();
  await expect(page.getByRole("status")).toContainText("Проверьте почту");
  const confirmation = await waitForEmail({ to: email, subject: "Подтвердите вступление в Клуб клиентов" });
  await confirmByEmailedLink(
    page,
    confirmation.links.find((href) => href.includes("/club/confirm/"))!,
  );
  await page.getByRole("link", { name: "Войти в личный кабинет" }).click();
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByRole("button", { name: "Получить ссылку для входа" }).click();
  const signIn = await waitForEmail({ to: email, subject: "Вход в Клуб клиентов" });
  await page.goto(signIn.links.find((href) => href.includes("/api/auth/callback/email"))!);
  await expect(page).toHaveURL(/\/account$/);

  await page.getByLabel("Город или населённый пункт").fill("Вологда");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Данные сохранены.")).toBeVisible();

  await expect(page.getByText(/Согласие на новости и приглашения дано/)).toBeVisible();
  await page.getByRole("button", { name: "Отозвать согласие на новости" }).click();
  await expect(page.getByText("Согласия на новости и приглашения нет.")).toBeVisible();

  const download = await page.request.get("/account/export");
  expect(download.headers()["content-disposition"]).toContain("attachment");
  const data = (await download.json()) as {
    member: { email: string; city: string; newsConsentAt: string | null };
    applications: unknown[];
  };
  expect(data.member).toMatchObject({ email, city: "Вологда", newsConsentAt: null });
  expect(data.applications).toHaveLength(1);

  await expect(page.getByText(/бухгалтерский учёт/)).toBeVisible();
  const leave = page.getByRole("button", { name: "Выйти из клуба" });
  await expect(leave).toBeDisabled();
  await page.getByLabel("Я понимаю, что выход из клуба нельзя отменить.").check();
  await leave.click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  expect((await page.request.get("/account/export")).status()).toBe(401);
});

test("the printable questionnaire asks the same questions and prints without the site's chrome", async ({ page }) => {
  await page.goto("/club");
  await page.getByRole("link", { name: "Анкета для печати" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Анкета участника Клуба клиентов (для печати)");
  for (const question of [
    "Как часто вы пользуетесь услугами почты?",
    "Какими услугами вы пользуетесь?",
    "Готовы ли вы к дальнейшему взаимодействию с Почтой?",
  ]) {
    await expect(page.getByRole("heading", { name: question })).toBeVisible();
  }
  const print = page.getByRole("button", { name: "Распечатать" });
  await expect(print).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(print).toBeHidden();
  await expect(page.locator("header").first()).toBeHidden();
});

test("the questionnaire speaks English when the visitor chose it", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/club/join");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Customer Club membership questionnaire");
  await page.getByLabel("Age *").selectOption("UNDER_14");
  await expect(page.getByText("Members under 14 need the consent of a parent or legal guardian.")).toBeVisible();
  await page.getByRole("button", { name: "Send the questionnaire" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Members under 14 need a parent's consent");
});
