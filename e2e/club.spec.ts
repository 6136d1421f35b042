import { expect, test } from "./support/test";

import { waitForEmail } from "./support/mail";

const freshEmail = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}@club.example`;

test("a visitor joins by the questionnaire, confirms by the emailed link, signs in and sees their card and 0 points", async ({ page }) => {
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

  await page.goto(confirmLink!);
  await expect(page.getByRole("status")).toContainText("вы участник Клуба клиентов");
  const cardNumber = (await page.getByRole("status").textContent())!.match(/\d{13}/)![0];
  // A second click says it is done already.
  await page.goto(confirmLink!);
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
  await expect(page.getByTestId("card-number")).toHaveText(cardNumber.replace(/^(\d)(\d{4})(\d{4})(\d{4})$/, "$1 $2 $3 $4"));
  await expect(page.getByRole("img", { name: `Штрихкод карты ${cardNumber}` })).toBeVisible();
  await expect(page.getByTestId("points-balance")).toHaveText("На счёте: 0 баллов");
  await expect(page.getByText("Операций с баллами пока нет.")).toBeVisible();
});

test("a child under 14 is told a parent's consent is needed, and nothing is sent without it", async ({ page }) => {
  await page.goto("/club/join");
  await page.getByLabel("Имя *", { exact: true }).fill("Петя");
  await page.getByLabel("Фамилия *", { exact: true }).fill("Иванов");
  await page.getByLabel("Электронная почта *").fill(freshEmail("child"));
  await page.getByLabel("Возраст *").selectOption("UNDER_14");
  await expect(page.getByText("Участникам младше 14 лет нужно согласие родителя или законного представителя.")).toBeVisible();
  await page.getByLabel("Как часто вы пользуетесь услугами почты? *").selectOption("RARELY");
  await page.getByLabel("Да", { exact: true }).check();
  await page.getByLabel(/Я даю согласие на обработку моих персональных данных/).check();
  await page.getByRole("button", { name: "Отправить анкету" }).click();
  const summary = page.locator("form").getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("укажите имя родителя");
  await expect(summary).toContainText("родитель должен отметить согласие");
});

test("a member edits their details, withdraws the news consent, downloads their data and leaves the club", async ({ page }) => {
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
  await page.goto(confirmation.links.find((href) => href.includes("/club/confirm/"))!);
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
  const data = (await download.json()) as { member: { email: string; city: string; newsConsentAt: string | null }; applications: unknown[] };
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
  for (const question of ["Как часто вы пользуетесь услугами почты?", "Какими услугами вы пользуетесь?", "Готовы ли вы к дальнейшему взаимодействию с Почтой?"]) {
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
