import { randomBytes } from "node:crypto";

import { createMember, createStaff, signInMember, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

test("a member proposes an idea; staff accept it with a public answer; the author is emailed, earns points and reads the answer @desktop", async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  const title = `Окно выдачи посылок вечером ${randomBytes(3).toString("hex")}`;
  const member = await createMember("Галина");
  await signInMember(page.request, member);
  await page.goto("/ideas");
  const propose = page.getByTestId("propose-idea");
  await propose.getByRole("button", { name: "Отправить предложение" }).click();
  await expect(propose.getByLabel("Область")).toHaveAttribute("aria-invalid", "true");
  await expect(propose.getByText("Заполните это поле")).toHaveCount(2);
  await propose.getByLabel("Область").selectOption("OFFICES");
  await propose.getByLabel("Коротко: что предлагаете").fill(title);
  await propose.getByLabel("Подробнее").fill("После работы успеть невозможно: пусть одно окно работает до 21:00.");
  await propose.getByRole("button", { name: "Отправить предложение" }).click();
  await expect(propose.getByRole("status")).toContainText("Спасибо");
  const card = page.getByTestId("idea").filter({ hasText: title });
  await expect(card).toContainText("Ваше предложение");
  await card.getByRole("button", { name: "Поддержать" }).click();
  await expect(card.getByTestId("support-count")).toHaveText("Поддержали: 1");
  await expect(card.getByText("Вы поддержали")).toBeVisible();

  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signInStaff(staffPage.request, await createStaff("SUPERVISOR"));
  await staffPage.goto("/console/ideas?status=PROPOSED&area=OFFICES");
  await expect(staffPage.getByTestId("console-idea").filter({ hasText: title })).toHaveCount(1);
  // Without the status filter the row stays in view once its status changes.
  await staffPage.goto("/console/ideas?area=OFFICES");
  const row = staffPage.getByTestId("console-idea").filter({ hasText: title });
  await row.getByText(title).click();
  await row.getByLabel("Статус").selectOption("ACCEPTED");
  await row.getByLabel("Публичный ответ").fill("Со следующего месяца окно №1 работает до 21:00.");
  await row.getByRole("button", { name: "Сохранить и отправить автору" }).click();
  await expect(row.getByRole("status")).toContainText("Сохранено");

  const email = await waitForEmail({ to: member.email, subject: `Ответ на ваше предложение: ${title}` });
  expect(email.text).toContain("Со следующего месяца окно №1 работает до 21:00.");
  await page.goto("/ideas?sort=new");
  await expect(card).toContainText("Принято");
  await expect(card).toContainText("Со следующего месяца окно №1 работает до 21:00.");
  await page.goto("/account");
  await expect(page.getByTestId("points-balance")).toContainText("200");
  await staffContext.close();
});
