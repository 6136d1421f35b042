import { expect, type Page } from "@playwright/test";

/** A 1×1 PNG: a real image, judged by its content. */
export const PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

export type TComplaintForm = { lastName: string; firstName: string; email: string; text: string; hasPhoto?: boolean };

/**
 * Files a complaint about the queue at an office the way a person does, through the public form (with the
 * photo when asked), and waits for the confirmation; returns the case number it shows.
 */
export async function fileComplaintThroughForm(page: Page, form: TComplaintForm): Promise<string> {
  await page.goto("/complaints/new");
  await page.getByLabel("Фамилия").fill(form.lastName);
  await page.getByLabel("Имя", { exact: true }).fill(form.firstName);
  await page.getByLabel("Электронная почта для ответа").fill(form.email);
  await page.getByLabel("Тема").selectOption({ label: "Очередь в отделении" });
  await page.getByLabel("Текст обращения").fill(form.text);
  if (form.hasPhoto) {
    await page
      .getByLabel("Фото и документы (по желанию)")
      .setInputFiles({ name: "очередь.png", mimeType: "image/png", buffer: PHOTO });
  }
  await page.getByLabel(/Я даю согласие на обработку моих персональных данных/).check();
  await page.getByRole("button", { name: "Отправить обращение" }).click();
  await expect(page.getByRole("status")).toContainText("Обращение зарегистрировано");
  return (await page.getByTestId("case-number").textContent())!;
}
