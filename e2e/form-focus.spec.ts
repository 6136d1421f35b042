import { expect, test } from "./support/test";

// After a refused submit the error summary takes focus once; from then on, typing into a field keeps every
// character and the focus in that field, however the errors change as it is fixed.
const forms = [
  { path: "/complaints/new", submit: "Отправить обращение" },
  { path: "/claims/new", submit: "Подать заявление на розыск" },
];

for (const form of forms) {
  test(`${form.path}: typing after a refused submit keeps every character and the focus`, async ({ page }) => {
    await page.goto(form.path);
    await page.getByRole("button", { name: form.submit }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Проверьте форму" });
    await expect(summary).toBeFocused();
    // Each entry names its field.
    await expect(summary.getByRole("link", { name: /^Электронная почта для ответа: / })).toBeVisible();

    const email = page.getByLabel("Электронная почта для ответа");
    await email.click();
    await email.pressSequentially("olga@mail.ru", { delay: 40 });
    await expect(email).toBeFocused();
    await expect(email).toHaveValue("olga@mail.ru");
    // The field's error went as soon as the address was right; the summary no longer lists it.
    await expect(summary.getByRole("link", { name: /^Электронная почта для ответа: / })).toHaveCount(0);
  });
}

test("a summary entry moves focus to its field", async ({ page }) => {
  await page.goto("/complaints/new");
  await page.getByRole("button", { name: "Отправить обращение" }).click();
  await page
    .getByRole("alert")
    .filter({ hasText: "Проверьте форму" })
    .getByRole("link", { name: /^Фамилия: / })
    .click();
  await expect(page.getByLabel("Фамилия")).toBeFocused();
});

test("a long text shows how much is left near the limit, and by how much it is over, without cutting it", async ({
  page,
}) => {
  await page.goto("/complaints/new");
  const text = page.getByLabel("Текст обращения");
  await text.fill("а".repeat(3000));
  await expect(page.getByText(/Осталось символов/)).toHaveCount(0);
  await text.fill("а".repeat(4990));
  await expect(page.getByText("Осталось символов: 10")).toBeVisible();
  await text.fill("а".repeat(5003));
  await expect(text).toHaveValue("а".repeat(5003));
  await expect(page.getByText("Лишних символов: 3 — сократите текст")).toBeVisible();
});
