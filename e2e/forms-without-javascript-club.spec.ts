import { sql } from "./support/database";
import { createMember } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

const freshEmail = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}@club.example`;

// The club's questionnaire and the member's sign-in link work before their scripts arrive (a slow phone
// connection) or without them: the browser posts the form to its server action and the page comes back with
// the answer, or with the errors beside what was typed.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a questionnaire is filed after a refusal that keeps what was typed and ticked", async ({ page }) => {
    const email = freshEmail("nojs");
    await page.goto("/club/join");
    // Surname first, as on the desk's forms.
    const about = page.getByRole("group", { name: "О вас" });
    await expect(about.getByRole("textbox").first()).toHaveAccessibleName("Фамилия *");
    await page.getByLabel("Фамилия *", { exact: true }).fill("Орлова");
    await page.getByLabel("Имя *", { exact: true }).fill("Светлана");
    await page.getByLabel("Электронная почта *").fill(email);
    await page.getByLabel("Возраст *").selectOption("AGE_35_44");
    await page.getByLabel("Как часто вы пользуетесь услугами почты? *").selectOption("MONTHLY");
    await page.getByLabel("посылки", { exact: true }).check();
    await page.getByLabel("EMS-отправления", { exact: true }).check();
    await page.getByLabel("опросы", { exact: true }).check();
    await page.getByLabel("Да", { exact: true }).check();
    // No consent: the server refuses, and names the field.
    await page.getByRole("button", { name: "Отправить анкету" }).click();
    await expect(page).toHaveURL(/\/club\/join$/);
    const summary = page.getByRole("alert").filter({ hasText: "Исправьте ошибки" });
    await expect(summary.getByRole("link")).toHaveText([/^Согласие на обработку персональных данных: Без согласия/]);
    await expect(page.getByLabel("Фамилия *", { exact: true })).toHaveValue("Орлова");
    await expect(page.getByLabel("Электронная почта *")).toHaveValue(email);
    await expect(page.getByLabel("Возраст *")).toHaveValue("AGE_35_44");
    await expect(page.getByLabel("посылки", { exact: true })).toBeChecked();
    await expect(page.getByLabel("EMS-отправления", { exact: true })).toBeChecked();
    await expect(page.getByLabel("письма и открытки", { exact: true })).not.toBeChecked();
    await expect(page.getByLabel("опросы", { exact: true })).toBeChecked();
    await expect(page.getByLabel("Да", { exact: true })).toBeChecked();

    await page.getByLabel(/Я даю согласие на обработку моих персональных данных/).check();
    await page.getByRole("button", { name: "Отправить анкету" }).click();
    await expect(page.getByRole("status")).toContainText("Проверьте почту");
    const [application] = await sql<{ services: string[]; interests: string[]; lastName: string }>(
      `SELECT "services", "interests", "lastName" FROM "MembershipApplication" WHERE "email" = $1`,
      [email],
    );
    expect(application).toEqual({ services: ["PARCELS", "EMS"], interests: ["SURVEYS"], lastName: "Орлова" });
    await waitForEmail({ to: email, subject: "Подтвердите вступление в Клуб клиентов" });
  });

  test("a member asks for a sign-in link, and the emailed link signs them in", async ({ page }) => {
    const member = await createMember("Вера");
    await page.goto("/sign-in?callbackUrl=%2Faccount");
    await page.getByLabel("Электронная почта").fill("not-an-address");
    await page.getByRole("button", { name: "Получить ссылку для входа" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("Введите адрес электронной почты");
    await expect(page.getByLabel("Электронная почта")).toHaveValue("not-an-address");

    await page.getByLabel("Электронная почта").fill(member.email);
    await page.getByRole("button", { name: "Получить ссылку для входа" }).click();
    await expect(page.getByRole("status")).toContainText(`Если адрес ${member.email} есть в клубе`);

    const email = await waitForEmail({ to: member.email, subject: "Вход в Клуб клиентов" });
    const link = email.links.find((href) => href.includes("/api/auth/callback/email"));
    expect(link, "the email carries a sign-in link").toBeTruthy();
    await page.goto(link!);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText("Здравствуйте, Вера!")).toBeVisible();
  });

  test("past the limit of links to one address, the form says the link was not sent", async ({ page }) => {
    const address = freshEmail("often");
    await page.goto("/sign-in");
    // Five links an hour to one mailbox.
    for (let sent = 0; sent < 5; sent++) {
      await page.getByLabel("Электронная почта").fill(address);
      await page.getByRole("button", { name: "Получить ссылку для входа" }).click();
      await expect(page.getByRole("status")).toContainText("Проверьте почту");
      await page.goto("/sign-in");
    }
    await page.getByLabel("Электронная почта").fill(address);
    await page.getByRole("button", { name: "Получить ссылку для входа" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText(
      "Не удалось отправить письмо со ссылкой. Попробуйте ещё раз через несколько минут.",
    );
    await expect(page.getByLabel("Электронная почта")).toHaveValue(address);
  });
});

test("the questionnaire: typing after a refused submit keeps every character and the focus", async ({ page }) => {
  await page.goto("/club/join");
  await page.getByRole("button", { name: "Отправить анкету" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Исправьте ошибки" });
  await expect(summary).toBeFocused();
  // Each entry names its field.
  for (const field of ["Фамилия", "Имя", "Электронная почта", "Возраст", "Готовы ли вы"]) {
    await expect(summary.getByRole("link", { name: new RegExp(`^${field}`) }).first()).toBeVisible();
  }

  const email = page.getByLabel("Электронная почта *");
  await email.click();
  await email.pressSequentially("olga@mail.ru", { delay: 40 });
  await expect(email).toBeFocused();
  await expect(email).toHaveValue("olga@mail.ru");
  // The field's error went as soon as the address was right; the summary no longer lists it.
  await expect(summary.getByRole("link", { name: /^Электронная почта: / })).toHaveCount(0);
  // Choosing an answer takes its error away too.
  await page.getByLabel("Нет", { exact: true }).check();
  await expect(summary.getByRole("link", { name: /^Готовы ли вы/ })).toHaveCount(0);
});
