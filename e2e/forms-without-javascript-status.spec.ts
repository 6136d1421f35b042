import type { Page } from "@playwright/test";

import { fileComplaintThroughForm, PHOTO } from "./support/complaint-form";
import { sql } from "./support/database";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

// The status page's forms, before their scripts arrive (a slow phone connection) or without them: the
// browser posts each form to its server action and the page comes back saying what came of it.
test.use({ javaScriptEnabled: false });

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** A complaint filed through the public form (without scripts too); its number, email and status page. */
async function fileComplaint(page: Page) {
  const email = `status-nojs-${unique()}@mail.example`;
  const number = await fileComplaintThroughForm(page, {
    lastName: "Ходокова",
    firstName: "Анна",
    email,
    text: "Посылку не выдали: в отделении сказали прийти завтра.",
  });
  const href = await page.getByRole("status").getByRole("link").getAttribute("href");
  const statusPath = new URL(href!, page.url()).pathname;
  expect(statusPath).toMatch(/^\/status\/[\w-]{20,}$/);
  return { number, email, statusPath };
}

test("information with a photo is added without JavaScript, after a refused file that keeps the comment", async ({
  page,
}) => {
  const { statusPath } = await fileComplaint(page);
  await page.goto(statusPath);
  const comment = "Уточняю: в отделение я приходила в субботу около 11 часов.";
  await page.getByLabel("Ваш комментарий").fill(comment);
  // Called a picture, but not one: the server judges files by their content and refuses it.
  await page
    .getByLabel("Файлы (по желанию)")
    .setInputFiles({ name: "не-фото.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
  await page.getByRole("button", { name: "Отправить", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`${statusPath}$`));
  await expect(page.getByLabel("Файлы (по желанию)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Ваш комментарий")).toHaveValue(comment);
  const history = page.getByRole("region", { name: "История" });
  await expect(history).not.toContainText(comment);

  await page.getByLabel("Файлы (по желанию)").setInputFiles({ name: "чек.png", mimeType: "image/png", buffer: PHOTO });
  await page.getByRole("button", { name: "Отправить", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`${statusPath}$`));
  await expect(page.getByRole("status").filter({ hasText: "Сведения добавлены" })).toBeVisible();
  await expect(history).toContainText(comment);
  await expect(history.getByRole("link", { name: "чек.png" })).toBeVisible();
  await expect(page.getByLabel("Ваш комментарий")).toHaveValue("");
  await expect(page.getByLabel("Файлы (по желанию)")).toHaveAttribute("aria-invalid", "false");
});

test("a new link is asked for without JavaScript: the old address says where it went, and the email brings it", async ({
  page,
  request,
}) => {
  const { number, email, statusPath } = await fileComplaint(page);
  await page.goto(statusPath);
  await page.getByRole("button", { name: "Получить новую ссылку" }).click();

  await expect(page).toHaveURL(new RegExp(`${statusPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Проверьте почту");
  await expect(page.getByText("Новая ссылка отправлена на ваш адрес электронной почты.")).toBeVisible();
  // Opened again in this browser, the old address still says so; anywhere else it opens nothing.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Проверьте почту");
  expect((await request.get(statusPath)).status()).toBe(404);

  const mail = await waitForEmail({ to: email, subject: `Новая ссылка на обращение ${number}` });
  const newLink = mail.links.find((href) => href.includes("/status/"))!;
  expect(new URL(newLink).pathname).not.toBe(statusPath);
  await page.goto(newLink);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
});

test("an answer is rated without JavaScript, after a refusal for no score", async ({ page }) => {
  const { number, statusPath } = await fileComplaint(page);
  // Staff answered (written straight into the database: the console is not what this test is about).
  const [found] = await sql<{ id: string }>(`SELECT "id" FROM "Case" WHERE "number" = $1`, [number]);
  await sql(
    `INSERT INTO "CaseEvent" ("id", "caseId", "kind", "body") VALUES (gen_random_uuid(), $1, 'PUBLIC_REPLY', $2)`,
    [found.id, "Здравствуйте! С работниками отделения проведена беседа."],
  );
  await sql(`UPDATE "Case" SET "status" = 'ANSWERED', "answeredAt" = now() WHERE "id" = $1`, [found.id]);

  await page.goto(statusPath);
  const rating = page.getByRole("region", { name: "Оцените ответ" });
  await rating.getByRole("button", { name: "Оценить" }).click();
  await expect(page).toHaveURL(new RegExp(`${statusPath}$`));
  await expect(rating.getByRole("alert")).toHaveText("Выберите оценку от 1 до 5");

  await rating.getByLabel("4 — хорошо").check();
  await rating.getByRole("button", { name: "Оценить" }).click();

  await expect(page).toHaveURL(new RegExp(`${statusPath}$`));
  await expect(rating.getByRole("status")).toHaveText("Спасибо за оценку!");
  await expect(page.getByText("4 / 5")).toBeVisible();
  const [rated] = await sql<{ answerRating: number }>(`SELECT "answerRating" FROM "Case" WHERE "id" = $1`, [found.id]);
  expect(rated.answerRating).toBe(4);
  // Shown again later, the page keeps the score and asks no more.
  await page.goto(statusPath);
  await expect(page.getByRole("region", { name: "Оцените ответ" })).toHaveCount(0);
  await expect(page.getByText("4 / 5")).toBeVisible();
});
