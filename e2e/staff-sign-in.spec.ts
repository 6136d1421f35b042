import { createStaff, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

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

test("five wrong passwords lock this device out of the account, not its owner elsewhere", async ({ page, browser }) => {
  const operator = await createStaff("OPERATOR");
  await page.goto("/console/sign-in");
  await page.getByLabel("Электронная почта").fill(operator.email);
  const alert = page.locator("form").getByRole("alert");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Пароль").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(alert).toHaveText("Неверный адрес электронной почты или пароль.");
    await expect(page.getByLabel("Пароль")).toHaveValue("");
  }

  // From this device even the right password is refused now, and the page says for how long.
  await page.getByLabel("Пароль").fill(operator.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(alert).toHaveText(
    "Слишком много неудачных попыток войти в эту учётную запись с этого устройства. Повторите через 15 минут.",
  );
  await expect(page).toHaveURL(/\/console\/sign-in/);

  // The owner, on another device, is not held by it.
  const ownerContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.18.7.1" } });
  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto("/console/sign-in");
  await ownerPage.getByLabel("Электронная почта").fill(operator.email);
  await ownerPage.getByLabel("Пароль").fill(operator.password);
  await ownerPage.getByRole("button", { name: "Войти" }).click();
  await expect(ownerPage).toHaveURL(/\/console$/);
  await ownerContext.close();
});

test("failures from many addresses close sign-in from new devices; the owner's own browser and the emailed link get in, and an admin sees it all", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const operator = await createStaff("OPERATOR");
  // The owner's browser signed in before: it carries the known-device cookie.
  const ownerContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.18.8.1" } });
  await signInStaff(ownerContext.request, operator);

  // Strangers, one wrong password from each of 21 addresses.
  const strangers = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await strangers.get("/api/auth/csrf")).json();
  for (let i = 1; i <= 21; i++) {
    await strangers.post("/api/auth/callback/staff", {
      headers: { "x-forwarded-for": `198.18.9.${i}` },
      form: { csrfToken, email: operator.email, password: `wrong ${i}`, totp: "", json: "true" },
    });
  }
  await strangers.dispose();

  // A new device, even with the right password, is told what happened and what to do.
  await page.goto("/console/sign-in");
  await page.getByLabel("Электронная почта").fill(operator.email);
  await page.getByLabel("Пароль").fill(operator.password);
  await page.getByRole("button", { name: "Войти" }).click();
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toContainText("с новых устройств, поэтому вход с них временно закрыт. Повторите через 60 минут");
  await expect(alert).toContainText("откройте ссылку, которую мы отправили владельцу учётной записи");

  // The owner's own browser still gets in.
  await signInStaff(ownerContext.request, operator);
  await ownerContext.close();

  // The owner's emailed link lifts the lock, once.
  const email = await waitForEmail({
    to: operator.email,
    subject: "Вход в рабочий кабинет с новых устройств приостановлен",
  });
  const link = email.links.find((href) => href.includes("/console/unlock/"));
  expect(link, "the email carries the unlock link").toBeTruthy();
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Снятие блокировки входа");
  await page.getByRole("button", { name: "Снять блокировку" }).click();
  await expect(page.getByRole("status")).toHaveText("Блокировка снята. Теперь можно войти.");
  await page.getByRole("link", { name: "Перейти ко входу" }).click();
  await page.getByLabel("Электронная почта").fill(operator.email);
  await page.getByLabel("Пароль").fill(operator.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/console$/);
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ссылка недействительна");

  // An admin reads the account's security log, in words, with addresses, and can lift locks too.
  const adminContext = await browser.newContext();
  const admin = await createStaff("ADMIN");
  await signInStaff(adminContext.request, admin);
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/console/staff");
  await adminPage.getByRole("link", { name: operator.name }).click();
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(operator.name);
  const log = adminPage.getByRole("table", { name: "Журнал безопасности" });
  await expect(
    log.getByRole("row", { name: /Вход с новых устройств закрыт, владельцу отправлена ссылка/ }),
  ).toContainText(/198\.18\.9\.\d+/);
  await expect(log.getByRole("row", { name: /Блокировка снята по ссылке из письма/ })).toHaveCount(1);
  await expect(log.getByRole("row", { name: /Неудачный вход: неверный пароль/ }).first()).toBeVisible();
  await expect(log.getByRole("cell", { name: "Вход", exact: true }).first()).toBeVisible();
  await adminPage.getByRole("button", { name: "Снять блокировку входа" }).click();
  await expect(adminPage.getByRole("status")).toHaveText(`Блокировки входа в учётную запись ${operator.email} сняты.`);
  await adminContext.close();
});

test("an admin invites an operator, who sets a password through the emailed link and signs in", async ({
  page,
  browser,
}) => {
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
  await expect(inviteePage.locator("form").getByRole("alert")).toContainText(
    "Пароль должен быть не короче 12 символов",
  );

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
