import { PHOTO } from "./support/complaint-form";
import { expect, test } from "./support/test";

// Before its scripts arrive (a slow phone connection) or without them, a public form still files: the
// browser posts it to the server action and the page comes back with the receipt, or with the errors
// beside what was typed. Nothing typed ever lands in the address bar.
test.use({ javaScriptEnabled: false });

test("a complaint with a photo is filed without JavaScript, after a refusal that keeps what was typed", async ({
  page,
}) => {
  await page.goto("/complaints/new");
  await page.getByLabel("Фамилия").fill("Ходокова");
  await page.getByLabel("Имя", { exact: true }).fill("Анна");
  await page.getByLabel("Электронная почта для ответа").fill("anna.nojs@example.com");
  await page.getByLabel("Текст обращения").fill("Посылку не выдали: в отделении сказали прийти завтра.");
  // No topic and no consent: the server refuses, and says why.
  await page.getByRole("button", { name: "Отправить обращение" }).click();
  await expect(page).toHaveURL(/\/complaints\/new$/);
  const summary = page.getByRole("alert").filter({ hasText: "Проверьте форму" });
  await expect(summary).toContainText("Тема");
  await expect(summary).toContainText("Согласие на обработку персональных данных");
  await expect(page.getByLabel("Фамилия")).toHaveValue("Ходокова");
  await expect(page.getByLabel("Электронная почта для ответа")).toHaveValue("anna.nojs@example.com");
  await expect(page.getByLabel("Текст обращения")).toHaveValue("Посылку не выдали: в отделении сказали прийти завтра.");

  await page.getByLabel("Тема").selectOption({ label: "Очередь в отделении" });
  await page
    .getByLabel("Фото и документы (по желанию)")
    .setInputFiles({ name: "очередь.png", mimeType: "image/png", buffer: PHOTO });
  await page.getByLabel(/Я даю согласие на обработку моих персональных данных/).check();
  await page.getByRole("button", { name: "Отправить обращение" }).click();

  await expect(page).toHaveURL(/\/complaints\/new$/);
  const receipt = page.getByRole("status");
  await expect(receipt).toContainText("anna.nojs@example.com");
  const number = (await page.getByTestId("case-number").textContent())!.trim();
  expect(number).toMatch(/\d/);

  // The status page lists the photo that came with the form.
  await receipt.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(page.getByText("очередь.png")).toBeVisible();
});

test("a search claim is filed without JavaScript", async ({ page }) => {
  await page.goto("/claims/new");
  await page.getByLabel("Кто вы по отношению к отправлению").selectOption({ label: "Отправитель" });
  await page.getByLabel("Трек-номер отправления").fill("RA123456785RU");
  await page.getByLabel("Тип").selectOption({ label: "Посылка" });
  await page.getByLabel("Категория").selectOption({ label: "Заказное" });
  const sent = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Дата отправки").fill(sent);
  await page.getByLabel("Отправитель: ФИО или организация").fill("Ходокова Анна Сергеевна");
  await page.getByLabel("Адрес отправителя").fill("Москва, ул. Мясницкая, 26");
  await page.getByLabel("Получатель: ФИО или организация").fill("Петров Иван Ильич");
  await page.getByLabel("Адрес получателя").fill("Казань, ул. Баумана, 1");
  await page.getByLabel("Что случилось").selectOption({ index: 1 });
  await page.getByLabel("Чего вы хотите").selectOption({ index: 1 });
  await page.getByLabel("Фамилия").fill("Ходокова");
  await page.getByLabel("Имя", { exact: true }).fill("Анна");
  await page.getByLabel("Электронная почта для ответа").fill("anna.claim.nojs@example.com");
  await page.getByLabel(/Я даю согласие на обработку моих персональных данных/).check();
  await page.getByRole("button", { name: "Подать заявление на розыск" }).click();

  await expect(page).toHaveURL(/\/claims\/new$/);
  await expect(page.getByRole("status")).toContainText("anna.claim.nojs@example.com");
  await expect(page.getByTestId("case-number")).toHaveText(/\d/);
});
