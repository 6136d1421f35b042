import type { Browser, BrowserContext } from "@playwright/test";

import { expect, test } from "./support/test";

import { createMember, createStaff, signInMember, signInStaff } from "./support/identities";

/** A second browser holding a copy of the first one's session cookie, as someone who copied it would. */
async function copyOfSession(from: BrowserContext, browser: Browser): Promise<BrowserContext> {
  const copy = await browser.newContext();
  const cookies = await from.cookies();
  await copy.addCookies(cookies.filter((cookie) => cookie.name.endsWith("next-auth.session-token")));
  return copy;
}

test("staff sign-in with a callback address that a browser reads as another site lands on this one", async ({ page, baseURL }) => {
  const operator = await createStaff("OPERATOR");
  // "/<tab>/evil.example": browsers drop the tab and read "//evil.example", another origin.
  await page.goto("/console/sign-in?callbackUrl=%2F%09%2Fevil.example");
  await page.getByLabel("Электронная почта").fill(operator.email);
  await page.getByLabel("Пароль").fill(operator.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(new URL("/console", baseURL).href);
  await expect(page.getByText("Ваша роль: оператор")).toBeVisible();
});

test("after a member signs out, a copy of their session cookie opens nothing", async ({ page, browser }) => {
  const member = await createMember("Ольга");
  await signInMember(page.request, member);
  const copy = await copyOfSession(page.context(), browser);
  const copyPage = await copy.newPage();
  await copyPage.goto("/account");
  await expect(copyPage.getByText("Здравствуйте, Ольга!")).toBeVisible();

  await page.goto("/account");
  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);

  await copyPage.goto("/account");
  await expect(copyPage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  expect(await (await copy.request.get("/api/auth/session")).json()).toEqual({});
  await copy.close();
});

test("after a staff member signs out, a copy of their session cookie opens nothing", async ({ page, browser }) => {
  const operator = await createStaff("OPERATOR");
  await signInStaff(page.request, operator);
  const copy = await copyOfSession(page.context(), browser);
  const copyPage = await copy.newPage();
  await copyPage.goto("/console");
  await expect(copyPage.getByText("Ваша роль: оператор")).toBeVisible();

  await page.goto("/console");
  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);

  await copyPage.goto("/console");
  await expect(copyPage).toHaveURL(/\/console\/sign-in\?callbackUrl=%2Fconsole/);
  expect(await (await copy.request.get("/api/auth/session")).json()).toEqual({});
  await copy.close();
});
