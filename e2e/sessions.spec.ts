import type { Browser, BrowserContext, Page } from "@playwright/test";

import { currentTotp } from "../lib/auth/totp";
import { createMember, createStaff, signInMember, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

/** A second browser holding a copy of the first one's session cookie, as someone who copied it would. */
async function copyOfSession(from: BrowserContext, browser: Browser): Promise<BrowserContext> {
  const copy = await browser.newContext();
  const cookies = await from.cookies();
  await copy.addCookies(cookies.filter((cookie) => cookie.name.endsWith("next-auth.session-token")));
  return copy;
}

test("staff sign-in with a callback address that a browser reads as another site lands on this one", async ({
  page,
  baseURL,
}) => {
  const operator = await createStaff("OPERATOR");
  // "/<tab>/evil.example": browsers drop the tab and read "//evil.example", another origin.
  await page.goto("/console/sign-in?callbackUrl=%2F%09%2Fevil.example");
  await page.getByLabel("Электронная почта").fill(operator.email);
  await page.getByLabel("Пароль").fill(operator.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(new URL("/console", baseURL).href);
  await expect(page.getByText("Ваша роль: оператор")).toBeVisible();
});

// The same for a member and for staff: signing out ends the session itself, not only this browser's cookie.
const SIGNED_OUT = [
  {
    who: "a member",
    home: "/account",
    signIn: async (page: Page) => signInMember(page.request, await createMember("Ольга")),
    greeting: "Здравствуйте, Ольга!",
    signInAgain: /\/sign-in\?callbackUrl=%2Faccount/,
  },
  {
    who: "a staff member",
    home: "/console",
    signIn: async (page: Page) => signInStaff(page.request, await createStaff("OPERATOR")),
    greeting: "Ваша роль: оператор",
    signInAgain: /\/console\/sign-in\?callbackUrl=%2Fconsole/,
  },
];

for (const { who, home, signIn, greeting, signInAgain } of SIGNED_OUT) {
  test(`after ${who} signs out, a copy of their session cookie opens nothing`, async ({ page, browser }) => {
    await signIn(page);
    const copy = await copyOfSession(page.context(), browser);
    const copyPage = await copy.newPage();
    await copyPage.goto(home);
    await expect(copyPage.getByText(greeting)).toBeVisible();

    await page.goto(home);
    await page.getByRole("button", { name: "Выйти", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);

    await copyPage.goto(home);
    await expect(copyPage).toHaveURL(signInAgain);
    expect(await (await copy.request.get("/api/auth/session")).json()).toEqual({});
    await copy.close();
  });
}

/** The next code of the app, once the clock has moved past the step of `used` (a code is accepted once). */
async function nextCode(secret: string, used: string): Promise<string> {
  await expect.poll(() => currentTotp(secret), { timeout: 35_000, intervals: [1_000] }).not.toBe(used);
  return currentTotp(secret);
}

test("the second factor changes only with a code from it, ending the other sessions and telling the owner", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const operator = await createStaff("OPERATOR");
  const laptop = await browser.newContext();
  await signInStaff(laptop.request, operator);
  await signInStaff(page.request, operator);
  const section = page.getByRole("region", { name: "Двухфакторная аутентификация" });

  await page.goto("/console/account");
  await section.getByRole("button", { name: "Включить" }).click();
  const firstSecret = (await section.getByTestId("totp-secret").textContent())!.trim();
  let used = currentTotp(firstSecret);
  await section.getByLabel("Код из приложения").fill(used);
  await section.getByRole("button", { name: "Подтвердить" }).click();
  await expect(section.getByRole("status")).toHaveText("Двухфакторная аутентификация включена.");
  const enabled = await waitForEmail({ to: operator.email, subject: "Изменён второй фактор входа в рабочий кабинет" });
  expect(enabled.text).toContain("включена двухфакторная аутентификация");

  // The other session is over; this one goes on.
  const laptopPage = await laptop.newPage();
  await laptopPage.goto("/console");
  await expect(laptopPage).toHaveURL(/\/console\/sign-in/);
  await laptop.close();

  // Turning it off takes a code from it.
  await page.reload();
  await section.getByLabel("Код из приложения").fill("000000");
  await section.getByRole("button", { name: "Отключить" }).click();
  await expect(section.getByText("Код не подошёл. Проверьте время на телефоне и введите новый код.")).toBeVisible();

  // So does connecting another app; the first one stays in force until the new one is confirmed.
  used = await nextCode(firstSecret, used);
  await section.getByLabel("Код из приложения").fill(used);
  await section.getByRole("button", { name: "Подключить другое приложение" }).click();
  await expect(
    section.getByText("Пока вы не подтвердите новое приложение кодом из него, для входа действует прежнее."),
  ).toBeVisible();
  const secondSecret = (await section.getByTestId("totp-secret").textContent())!.trim();
  expect(secondSecret).not.toBe(firstSecret);
  await section.getByLabel("Код из приложения").fill(await nextCode(secondSecret, currentTotp(secondSecret)));
  await section.getByRole("button", { name: "Подтвердить" }).click();
  await expect(section.getByRole("status")).toHaveText(
    "Подключено новое приложение. Коды из прежнего больше не действуют.",
  );
});
