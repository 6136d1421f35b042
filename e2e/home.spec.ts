import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("speaks Russian by default and switches to English", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мы слышим каждого клиента");
    await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Политика обработки персональных данных" })).toBeVisible();

    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We listen to every customer");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    // The choice is remembered on the next page and can be switched back.
    await page.getByRole("link", { name: "Personal data policy" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personal data policy");
    await page.getByRole("button", { name: "Переключить на русский" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Политика обработки персональных данных");
  });

  test("names its icon, and the icon is there", async ({ page, request }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toBeTruthy();
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  });

  test("fits a phone screen without sideways scrolling", async ({ page }) => {
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("health check reports the database and migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database.reachable).toBe(true);
  expect(body.migrations.pending).toEqual([]);
  expect(body.migrations.applied).toBeGreaterThan(0);
  expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});
