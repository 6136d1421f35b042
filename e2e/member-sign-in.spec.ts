import { createMember, signInMember } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

test("a member signs in with the emailed link, which works only once", async ({ page, browser }) => {
  const member = await createMember("Мария");

  await page.goto("/sign-in");
  await page.getByLabel("Электронная почта").fill(member.email);
  await page.getByRole("button", { name: "Получить ссылку для входа" }).click();
  await expect(page.getByRole("status")).toContainText("Проверьте почту");

  const email = await waitForEmail({ to: member.email });
  const link = email.links.find((href) => href.includes("/api/auth/callback/email"));
  expect(link, "the email carries a sign-in link").toBeTruthy();
  expect(email.text).toContain("15");

  await page.goto(link!);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Личный кабинет");
  await expect(page.getByText("Здравствуйте, Мария!")).toBeVisible();
  await expect(page.getByTestId("card-number")).toHaveText(
    member.cardNumber.replace(/^(\d)(\d{4})(\d{4})(\d{4})$/, "$1 $2 $3 $4"),
  );

  // The same link, opened again (here in another browser), is refused with a clear message.
  const stranger = await browser.newContext();
  const again = await stranger.newPage();
  await again.goto(link!);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("Не удалось войти");
  await expect(again.getByText("Эта ссылка для входа уже использована или срок её действия истёк")).toBeVisible();
  await again.goto("/account");
  await expect(again).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await stranger.close();
});

test("asking for a link with an address outside the club reveals nothing and invites to join", async ({ page }) => {
  const address = `stranger-${Date.now()}-${Math.random().toString(36).slice(2)}@nowhere.example`;
  await page.goto("/sign-in");
  await page.getByLabel("Электронная почта").fill(address);
  await page.getByRole("button", { name: "Получить ссылку для входа" }).click();
  await expect(page.getByRole("status")).toContainText("Проверьте почту");

  const email = await waitForEmail({ to: address });
  expect(email.links.some((href) => href.includes("/api/auth/callback/email"))).toBe(false);
  expect(email.links.some((href) => href.endsWith("/club"))).toBe(true);
});

test("a malformed address is explained next to the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Электронная почта").fill("ivanova-at-mail");
  await page.getByRole("button", { name: "Получить ссылку для входа" }).click();
  const summary = page.locator("form").getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Введите адрес электронной почты");
  await expect(page.getByLabel("Электронная почта")).toHaveAttribute("aria-invalid", "true");
});

test("signing out everywhere ends the member's other sessions too", async ({ page, browser }) => {
  const member = await createMember("Елена");
  const phone = await browser.newContext();
  await signInMember(phone.request, member);
  await signInMember(page.request, member);
  const phonePage = await phone.newPage();
  await phonePage.goto("/account");
  await expect(phonePage.getByText("Здравствуйте, Елена!")).toBeVisible();

  await page.goto("/account");
  await page.getByRole("button", { name: "Выйти на всех устройствах" }).click();
  await expect(page).toHaveURL(/\/$/);

  await phonePage.goto("/account");
  await expect(phonePage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await phone.close();
});
