import type { Page } from "@playwright/test";

import { expect, test } from "./support/test";

// The office rating and the queue report, before their scripts arrive (a slow phone connection) or without
// them: the browser posts the form to its server action and the page comes back with the thanks, or with
// the errors beside what was typed. Nothing typed ever lands in the address bar.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an office rating is filed, its thanks shown", async ({ page }) => {
    await page.goto("/offices/rate");
    await page.getByLabel("Индекс отделения").fill("101000");
    await page.getByRole("radio", { name: "4 — хорошо" }).check();
    await page.getByLabel("Сотрудник или окно (по желанию)").fill("окно 3");
    await page.getByLabel("Комментарий (по желанию)").fill("Быстро выдали посылку.");
    await page.getByLabel("Ваше имя (по желанию)").fill("Ольга");
    await page.getByLabel("Электронная почта (по желанию)").fill("olga.nojs@example.com");
    await page.getByRole("button", { name: "Отправить оценку" }).click();

    await expect(page).toHaveURL(/\/offices\/rate$/);
    await expect(page.getByRole("status")).toHaveText(/^Спасибо за оценку! Она зарегистрирована под номером \S*\d/);
    await expect(page.getByRole("button", { name: "Отправить оценку" })).toHaveCount(0);
  });

  test("a refused rating says what is missing and keeps what was typed, then files", async ({ page }) => {
    await page.goto("/offices/rate");
    await page.getByLabel("Комментарий (по желанию)").fill("Долго ждала у окна.");
    await page.getByLabel("Ваше имя (по желанию)").fill("Ольга");
    await page.getByLabel("Электронная почта (по желанию)").fill("olga.refused@example.com");
    // No score and no postcode: the server refuses, and says why, field by field.
    await page.getByRole("button", { name: "Отправить оценку" }).click();

    await expect(page).toHaveURL(/\/offices\/rate$/);
    const summary = page.getByRole("alert").filter({ hasText: "Проверьте форму" });
    await expect(
      summary.getByRole("link", { name: "Индекс отделения: Укажите индекс отделения — 6 цифр" }),
    ).toBeVisible();
    await expect(summary.getByRole("link", { name: "Оценка: Поставьте оценку от 1 до 5" })).toBeVisible();
    await expect(page.getByLabel("Индекс отделения")).toHaveAccessibleDescription(/Укажите индекс отделения — 6 цифр/);
    await expect(page.getByLabel("Комментарий (по желанию)")).toHaveValue("Долго ждала у окна.");
    await expect(page.getByLabel("Ваше имя (по желанию)")).toHaveValue("Ольга");
    await expect(page.getByLabel("Электронная почта (по желанию)")).toHaveValue("olga.refused@example.com");

    await page.getByLabel("Индекс отделения").fill("101000");
    await page.getByRole("radio", { name: "2 — плохо" }).check();
    await page.getByRole("button", { name: "Отправить оценку" }).click();
    await expect(page.getByRole("status")).toContainText("Спасибо за оценку!");
  });

  test("a refused rating keeps its chosen score", async ({ page }) => {
    await page.goto("/offices/rate");
    await page.getByRole("radio", { name: "5 — отлично" }).check();
    await page.getByRole("button", { name: "Отправить оценку" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Проверьте форму" })).toContainText("Индекс отделения");
    await expect(page.getByRole("radio", { name: "5 — отлично" })).toBeChecked();
  });

  test("a queue report is filed, its thanks shown", async ({ page }) => {
    await page.goto("/offices/queue");
    await page.getByLabel("Индекс отделения").fill("101000");
    await page.getByLabel("Комментарий (по желанию)").fill("Очередь до дверей, работает одно окно.");
    await page.getByRole("button", { name: "Сообщить об очереди" }).click();

    await expect(page).toHaveURL(/\/offices\/queue$/);
    await expect(page.getByRole("status")).toHaveText(
      /^Спасибо! Сообщение \S*\d\S* отправлено начальнику отделения\.$/,
    );
  });

  test("a refused queue report keeps its comment", async ({ page }) => {
    await page.goto("/offices/queue");
    await page.getByLabel("Комментарий (по желанию)").fill("Очередь на улице.");
    await page.getByRole("button", { name: "Сообщить об очереди" }).click();
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: "Проверьте форму" })
        .getByRole("link", { name: "Индекс отделения: Укажите индекс отделения — 6 цифр" }),
    ).toBeVisible();
    await expect(page.getByLabel("Комментарий (по желанию)")).toHaveValue("Очередь на улице.");
  });
});

// With scripts the forms check themselves before posting: the summary takes focus once, and typing after
// it keeps every character and the focus where the person is.
async function typeAfterRefusal(page: Page, path: string, submit: string) {
  await page.goto(path);
  await page.getByRole("button", { name: submit }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Проверьте форму" });
  await expect(summary).toBeFocused();
  const entry = summary.getByRole("link", { name: "Индекс отделения: Укажите индекс отделения — 6 цифр" });
  await expect(entry).toBeVisible();

  const postcode = page.getByLabel("Индекс отделения");
  await postcode.click();
  await postcode.pressSequentially("101000", { delay: 40 });
  await expect(postcode).toBeFocused();
  await expect(postcode).toHaveValue("101000");
  // The error went as soon as the postcode was right.
  await expect(entry).toHaveCount(0);
  return summary;
}

test("with JavaScript, a rating refused for its score and postcode is fixed without losing focus, then filed", async ({
  page,
}) => {
  const summary = await typeAfterRefusal(page, "/offices/rate", "Отправить оценку");
  await expect(summary.getByRole("link", { name: "Оценка: Поставьте оценку от 1 до 5" })).toBeVisible();
  await page.getByRole("radio", { name: "3 — удовлетворительно" }).check();
  await page.getByRole("button", { name: "Отправить оценку" }).click();
  await expect(page.getByRole("status")).toContainText("Спасибо за оценку! Она зарегистрирована под номером");
});

test("with JavaScript, a queue report refused for its postcode is fixed without losing focus, then filed", async ({
  page,
}) => {
  await typeAfterRefusal(page, "/offices/queue", "Сообщить об очереди");
  await page.getByRole("button", { name: "Сообщить об очереди" }).click();
  await expect(page.getByRole("status")).toContainText("отправлено начальнику отделения");
});
