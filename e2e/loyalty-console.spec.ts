import { randomBytes } from "node:crypto";

import { sql } from "./support/database";
import { createMember, createStaff, signInStaff } from "./support/identities";
import { expect, test } from "./support/test";

test("@desktop a supervisor finds a member by card number and adjusts their points with a reason", async ({ page }) => {
  const member = await createMember("Ксения");
  await signInStaff(page.request, await createStaff("SUPERVISOR"));

  await page.goto("/console");
  await page.getByRole("link", { name: "Участники клуба" }).click();
  await page.getByLabel("Поиск участника").fill(member.cardNumber);
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(page.getByRole("row")).toHaveCount(2);
  await page.getByRole("link", { name: "Тестова Ксения" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Тестова Ксения");
  await expect(page.getByTestId("member-card")).toHaveText(member.cardNumber);
  await expect(page.getByTestId("member-balance")).toHaveText("На счёте: 0 баллов");

  const form = page.getByTestId("adjust-points");
  // No reason, no adjustment; and a deduction never takes the balance below zero.
  await form.getByLabel("Сколько баллов").fill("150");
  await form.getByRole("button", { name: "Провести корректировку" }).click();
  await expect(form.getByText("Укажите причину (от 3 до 500 символов)")).toBeVisible();
  await form.getByLabel("Причина").fill("Компенсация за задержку посылки");
  await form.getByRole("button", { name: "Провести корректировку" }).click();
  await expect(form.getByRole("status")).toHaveText("Готово. На счёте теперь 150.");
  await expect(page.getByTestId("member-balance")).toHaveText("На счёте: 150 баллов");
  const entry = page.getByRole("row", { name: /Компенсация за задержку посылки/ });
  await expect(entry).toContainText("корректировка");
  await expect(entry).toContainText("сотрудник");
  await expect(entry).toContainText("+150");

  await form.getByLabel("Сколько баллов").fill("-500");
  await form.getByLabel("Причина").fill("Ошибочное начисление");
  await form.getByRole("button", { name: "Провести корректировку" }).click();
  await expect(form.getByRole("alert")).toHaveText("Недостаточно баллов: на счёте 150, нужно 500");
  await expect(page.getByTestId("member-balance")).toHaveText("На счёте: 150 баллов");
});

test("@desktop a supervisor uploads purchases with one bad row: that row is reported and nothing is applied", async ({
  page,
}) => {
  const member = await createMember();
  await signInStaff(page.request, await createStaff("SUPERVISOR"));
  const run = randomBytes(4).toString("hex");
  const csv = [
    "purchase_id,card_number,amount_kopecks,category,office_postcode,purchased_at",
    `csv-${run}-1,${member.cardNumber},150000,postal-services,101000,2026-03-01T12:30:00+03:00`,
    `csv-${run}-2,${member.cardNumber},сто рублей,goods,101000,2026-03-01T12:35:00+03:00`,
    `csv-${run}-3,${member.cardNumber},20000,goods,,2026-03-01T12:40:00+03:00`,
  ].join("\n");

  await page.goto("/console/loyalty");
  await expect(page.getByText("Если хотя бы одна строка файла с ошибкой, не загружается ничего")).toBeVisible();
  await page
    .getByLabel("Файл с покупками")
    .setInputFiles({ name: "purchases.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Загрузить и проверить" }).click();

  await expect(page).toHaveURL(/\/console\/loyalty\/imports\/[0-9a-f-]{36}$/);
  await expect(page.locator("article").getByRole("alert")).toHaveText(
    "Файл не загружен: ошибок — 1. Ни одна покупка не записана.",
  );
  const rows = page.getByRole("table", { name: "Ошибки в файле" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toHaveText(
    ["3", "amount_kopecks", `csv-${run}-2`, "Сумма — целое число копеек больше нуля"].join(""),
  );

  expect(await sql(`SELECT 1 FROM "Purchase" WHERE "externalId" LIKE $1`, [`csv-${run}-%`])).toHaveLength(0);
  expect(await sql(`SELECT 1 FROM "PointsEntry" WHERE "memberId" = $1`, [member.id])).toHaveLength(0);
});
