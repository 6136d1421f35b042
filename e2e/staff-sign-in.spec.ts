import { expect, test } from "./support/test";

import { createStaff, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";

test("staff sign in with a password and reach the console", async ({ page }) => {
  const operator = await createStaff("OPERATOR");
  await page.goto("/console");
  await expect(page).toHaveURL(/\/console\/sign-in\?callbackUrl=%2Fconsole/);
  await page.getByLabel("Электронная почта").fill(operator.email);
  await page.getByLabel("Пароль").fill(operator.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Консоль департамента качества");
  await expect(page.getByText("Ваша роль: оператор")).toBeVisible();
});

test("five wrong passwords in a row lock the account and say so", async ({ page }) => {
  const operator = await createStaff("OPERATOR");
  await page.goto("/console/sign-in");
  await page.getByLabel("Электронная почта").fill(operator.email);
  const alert = page.locator("form").getByRole("alert");
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.getByLabel("Пароль").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(alert).toHaveText("Неверный адрес электронной почты или пароль.");
    await expect(page.getByLabel("Пароль")).toHaveValue("");
  }
  await page.getByLabel("Пароль").fill("wrong password 5");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(alert).toContainText("Слишком много неудачных попыток. Учётная запись заблокирована на 15 минут");

  // While locked, even the right password is refused with the same explanation.
  await page.getByLabel("Пароль").fill(operator.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(alert).toContainText("заблокирована");
  await expect(page).toHaveURL(/\/console\/sign-in/);
});

test("an admin invites an operator, who sets a password through the emailed link and signs in", async ({ page, browser }) => {
  const admin = await createStaff("ADMIN");
  await signInStaff(page.request, admin);
  const invitee = `new-operator-${Date.now()}-${Math.random().toString(36).slice(2)}@staff.example`;

  await page.goto("/console/staff");
  await page.getByLabel("Имя и фамилия").fill("Новый Оператор");
  await page.getByLabel("Электронная почта").fill(invitee);
  await page.getByLabel("Роль").selectOption("OPERATOR");
  await page.getByRole("button", { name: "Отправить приглашение" }).click();
  await expect(page.getByRole("status")).toHaveText(`Приглашение отправлено на ${invitee}.`);
  await expect(page.getByRole("row", { name: new RegExp(invitee) })).toContainText("Приглашён");

  const email = await waitForEmail({ to: invitee });
  const link = email.links.find((href) => href.includes("/console/invite/"));
  expect(link, "the invitation carries its link").toBeTruthy();

  const inviteeContext = await browser.newContext();
  const inviteePage = await inviteeContext.newPage();
  await inviteePage.goto(link!);
  await expect(inviteePage.getByText(`Придумайте пароль для учётной записи ${invitee}`)).toBeVisible();
  await inviteePage.getByLabel("Новый пароль").fill("short");
  await inviteePage.getByLabel("Повторите пароль").fill("short");
  await inviteePage.getByRole("button", { name: "Сохранить пароль и войти" }).click();
  await expect(inviteePage.locator("form").getByRole("alert")).toContainText("Пароль должен быть не короче 12 символов");

  await inviteePage.getByLabel("Новый пароль").fill("зимняя почта идёт быстро");
  await inviteePage.getByLabel("Повторите пароль").fill("зимняя почта идёт быстро");
  await inviteePage.getByRole("button", { name: "Сохранить пароль и войти" }).click();
  await expect(inviteePage).toHaveURL(/\/console$/);
  await expect(inviteePage.getByText("Ваша роль: оператор")).toBeVisible();

  // The link is spent.
  await inviteePage.goto(link!);
  await expect(inviteePage.getByRole("heading", { level: 1 })).toHaveText("Ссылка недействительна");
  await inviteeContext.close();
});

test("disabling an account ends its sessions at once", async ({ page, browser }) => {
  const admin = await createStaff("ADMIN");
  const operator = await createStaff("OPERATOR");
  const operatorContext = await browser.newContext();
  await signInStaff(operatorContext.request, operator);
  const operatorPage = await operatorContext.newPage();
  await operatorPage.goto("/console");
  await expect(operatorPage.getByText("Ваша роль: оператор")).toBeVisible();

  await signInStaff(page.request, admin);
  await page.goto("/console/staff");
  await page.getByRole("button", { name: `Отключить: ${operator.email}` }).click();
  await expect(page.getByRole("status")).toContainText(`Учётная запись ${operator.email} отключена`);

  await operatorPage.reload();
  await expect(operatorPage).toHaveURL(/\/console\/sign-in/);
  await operatorContext.close();
});
