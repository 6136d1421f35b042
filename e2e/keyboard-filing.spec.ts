import type { Locator, Page } from "@playwright/test";

import { expect, test } from "./support/test";

/**
 * Filing with the keyboard alone: Tab and Shift+Tab to move, typing, Space and Enter to press — no mouse, no
 * filling fields from the test. Fields are found by the labels a person reads, and reached the way they
 * reach them, so a field the keyboard cannot get to fails the test.
 */

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until the target has focus; fails if it never gets it. */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab") {
  for (let presses = 0; presses < 60; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target}`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Moves a focused, closed select with the arrow keys until it shows the option. */
async function chooseWithArrows(page: Page, select: Locator, option: string) {
  await tabTo(page, select);
  for (let presses = 0; presses < 30; presses++) {
    if ((await select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.text)) === option) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`the arrows never chose «${option}»`);
}

test("a complaint is filed with the keyboard only, and the receipt is shown @desktop", async ({ page }) => {
  await page.goto("/complaints/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Жалоба или обращение");

  await typeInto(page, page.getByLabel("Фамилия"), "Смирнова");
  await typeInto(page, page.getByLabel("Имя", { exact: true }), "Ольга");
  await typeInto(page, page.getByLabel("Электронная почта для ответа"), `keyboard-${Date.now()}@mail.example`);
  await chooseWithArrows(page, page.getByLabel("Тема"), "Очередь в отделении");
  await typeInto(page, page.getByLabel("Текст обращения"), "В отделении работало одно окно из четырёх.");

  const consent = page.getByRole("checkbox", { name: /Я даю согласие на обработку моих персональных данных/ });
  await tabTo(page, consent);
  await page.keyboard.press("Space");
  await expect(consent).toBeChecked();

  await tabTo(page, page.getByRole("button", { name: "Отправить обращение" }));
  await page.keyboard.press("Enter");
  const receipt = page.getByRole("status").filter({ hasText: "Обращение зарегистрировано" });
  await expect(receipt).toBeVisible();
  await expect(receipt).toContainText(/Ж-\d{4}-\d{6}/);
});

test("after an empty submit, the error summary is reached with the keyboard and its links take focus to the fields @desktop", async ({
  page,
}) => {
  await page.goto("/complaints/new");
  await tabTo(page, page.getByRole("button", { name: "Отправить обращение" }));
  await page.keyboard.press("Space");

  const summary = page.getByRole("alert").filter({ hasText: "Проверьте форму" });
  await expect(summary).toBeVisible();
  // Each entry names its field.
  const emailLink = summary.getByRole("link", { name: /Электронная почта для ответа/ });
  const textLink = summary.getByRole("link", { name: /Текст обращения/ });

  // From the summary forward to an entry, and on to its field, where typing is kept whole.
  await tabTo(page, emailLink);
  await page.keyboard.press("Enter");
  const email = page.getByLabel("Электронная почта для ответа");
  await expect(email).toBeFocused();
  await page.keyboard.type("olga@mail.ru");
  await expect(email).toHaveValue("olga@mail.ru");
  await expect(email).toBeFocused();

  // Back from the field to the summary, and to another entry's field.
  await tabTo(page, textLink, "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Текст обращения")).toBeFocused();
});
