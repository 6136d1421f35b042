import { devices } from "@playwright/test";

import { PHOTO } from "./support/complaint-form";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

// People file from a phone in the office queue: these run on a phone screen, in Russian.
test.use({ ...devices["Pixel 7"] });

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test("file a complaint with a photo, get the number by email, follow it and add a comment", async ({ page }) => {
  const email = `complaint-${unique()}@mail.example`;
  await page.goto("/complaints/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Жалоба или обращение");

  await page.getByLabel("Фамилия").fill("Смирнова");
  await page.getByLabel("Имя", { exact: true }).fill("Ольга");
  await page.getByLabel("Электронная почта для ответа").fill(email);
  await page.getByLabel("Тема").selectOption({ label: "Очередь в отделении" });
  await page.getByLabel("Отделение (по желанию)").fill("101000");
  await expect(page.getByTestId("office-lookup")).toContainText("Москва");
  await page.getByLabel("Текст обращения").fill("В отделении работало одно окно из четырёх, очередь 40 минут.");
  await page
    .getByLabel("Фото и документы (по желанию)")
    .setInputFiles({ name: "очередь.png", mimeType: "image/png", buffer: PHOTO });

  // Submitting without the consent is refused, and says why.
  await page.getByRole("button", { name: "Отправить обращение" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Без согласия на обработку персональных данных");
  await page.getByLabel(/Я даю согласие на обработку моих персональных данных/).check();
  await page.getByRole("button", { name: "Отправить обращение" }).click();

  const number = await page.getByTestId("case-number").textContent();
  expect(number).toMatch(/^Ж-\d{4}-\d{6}$/);
  await expect(page.getByRole("status")).toContainText("Обращение зарегистрировано");

  const mail = await waitForEmail({ to: email });
  expect(mail.subject).toBe(`Ваше обращение зарегистрировано: ${number}`);
  const statusLink = mail.links.find((href) => href.includes("/status/"));
  expect(statusLink).toBeTruthy();

  await page.goto(statusLink!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Обращение ${number}`);
  await expect(page.getByTestId("case-status")).toHaveText("Зарегистрировано");
  await expect(page.getByRole("link", { name: "очередь.png" })).toBeVisible();

  await page.getByLabel("Ваш комментарий").fill("Уточняю: это было в субботу около 11 часов.");
  await page.getByRole("button", { name: "Отправить" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Сведения добавлены" })).toBeVisible();
  await expect(page.getByText("Уточняю: это было в субботу около 11 часов.")).toBeVisible();

  // The form says what is left of the day's file allowance before anything is picked, and counts a file added.
  const allowance = page.getByTestId("upload-allowance");
  await expect(allowance).toHaveText(
    /^Лимит на сутки: можно приложить ещё \d+ файл(а|ов)? общим объёмом до [\d,]+ МБ\.$/,
  );
  const filesLeft = Number((await allowance.textContent())!.match(/ещё (\d+)/)![1]);
  await page.getByLabel("Файлы (по желанию)").setInputFiles({ name: "окно.png", mimeType: "image/png", buffer: PHOTO });
  await page.getByLabel("Ваш комментарий").fill("Фото окна.");
  await page.getByRole("button", { name: "Отправить" }).click();
  await expect(page.getByRole("link", { name: "окно.png" })).toBeVisible();
  await expect(allowance).toContainText(`ещё ${filesLeft - 1} `);

  // The photo is served to the holder of the link, and to no one else.
  const photoUrl = await page.getByRole("link", { name: "очередь.png" }).getAttribute("href");
  const served = await page.request.get(photoUrl!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["content-security-policy"]).toContain("sandbox");
  const stranger = await page.request.get(photoUrl!.replace(/token=[^&]+/, "token=wrong"));
  expect(stranger.status()).toBe(404);
});

test("a claim's tracking number mistyped by one digit is flagged before submitting", async ({ page }) => {
  await page.goto("/claims/new");
  await expect(page.getByText("Заявление на розыск принимается в течение 6 месяцев со дня отправки.")).toBeVisible();
  const field = page.getByLabel("Трек-номер отправления");
  const recognition = page.getByTestId("tracking-recognition");

  await field.fill("RB123456785GB");
  await expect(recognition).toContainText("Международный номер (S10)");
  await field.fill("RB123456795GB");
  await expect(recognition).toContainText("Похоже, в номере опечатка: контрольная цифра не сходится");

  // The server agrees: the claim is not filed with it.
  await page.getByRole("button", { name: "Подать заявление на розыск" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("контрольная цифра");
  await expect(page.getByTestId("case-number")).toHaveCount(0);
});

test("the claim form, in English, checks a field again as it is corrected and asks for payout details only for compensation", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/claims/new");
  await page.getByRole("button", { name: "File the search claim" }).click();
  const summary = page.locator("form").getByRole("alert");
  await expect(summary).toContainText("Please check the form");
  const sender = page.getByLabel("Sender: name or organisation");
  await expect(sender).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#claim-senderName-error")).toHaveText("Fill in this field");
  await expect(page.locator("#claim-acceptedOn-error")).toHaveText("Enter a date as DD.MM.YYYY");

  // A shown error goes as the field is put right; a field emptied again is flagged when it is left.
  await sender.fill("Ivanova");
  await expect(sender).toHaveAttribute("aria-invalid", "false");
  await sender.fill("");
  await expect(sender).toHaveAttribute("aria-invalid", "false");
  await sender.blur();
  await expect(sender).toHaveAttribute("aria-invalid", "true");

  // The payout details appear with compensation, and keep what was typed when hidden and shown again.
  const wish = page.getByLabel("What you want");
  await expect(page.getByLabel("Payout details")).toHaveCount(0);
  await wish.selectOption("COMPENSATION");
  await page.getByLabel("Payout details").fill("Account 40817810000000000001");
  await wish.selectOption("SEARCH_ONLY");
  await expect(page.getByLabel("Payout details")).toHaveCount(0);
  await wish.selectOption("COMPENSATION");
  await expect(page.getByLabel("Payout details")).toHaveValue("Account 40817810000000000001");
  await expect(page.getByTestId("case-number")).toHaveCount(0);
});
