import { expect, test, type APIResponse, type Page } from "@playwright/test";

import { createStaff, signInStaff } from "./support/identities";
import { expectEveryResponseHeader } from "./support/security-headers";

const PAGES = ["/", "/club", "/complaints", "/privacy", "/sign-in", "/sign-in/error", "/console/sign-in"];
const MISSING_PAGE = "/no-such-page";
const RESPONSES: [path: string, status: number][] = [
  ...PAGES.map((path): [string, number] => [path, 200]),
  ["/api/health", 200],
  [MISSING_PAGE, 404],
];

/** The policy pages and API responses carry. The e2e server's APP_URL is http, so nothing is upgraded. */
function expectedPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function nonceOf(response: APIResponse): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, `a nonce in "${policy}"`).toBeTruthy();
  return nonce!;
}

// Headers do not depend on the viewport: checked once, in the desktop project (the phone project skips @desktop).
test.describe("security headers", { tag: "@desktop" }, () => {
  for (const [path, status] of RESPONSES) {
    test(`${path} carries every header and a fresh nonce`, async ({ request }) => {
      const first = await request.get(path);
      expect(first.status()).toBe(status);
      expectEveryResponseHeader(first);
      const nonce = nonceOf(first);
      expect(first.headers()["content-security-policy"]).toBe(expectedPolicy(nonce));

      const second = await request.get(path);
      expect(nonceOf(second)).not.toBe(nonce);
    });
  }

  test("every script of a page carries the nonce of its response", async ({ request }) => {
    for (const path of [...PAGES, MISSING_PAGE]) {
      const response = await request.get(path);
      const nonce = nonceOf(response);
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`);
    }
  });

  test("static files carry every header but the policy", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const asset = /(?:src|href)="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
    expect(asset, "a static file linked from the home page").toBeTruthy();
    const response = await request.get(asset!);
    expect(response.status()).toBe(200);
    expectEveryResponseHeader(response);
    expect(response.headers()["content-security-policy"]).toBeUndefined();
  });
});

/** Errors a browser logs that are not the policy's doing. */
function isExpectedError(text: string, url: string): boolean {
  const isNotFound = text.includes("status of 404");
  return (
    // The missing page's own status.
    (isNotFound && url.endsWith(MISSING_PAGE)) ||
    // The portal has no icon yet; the browser asks for one anyway.
    (isNotFound && url.endsWith("/favicon.ico")) ||
    // Playwright injects this file's listener into every frame; a sandboxed e-mail frame rightly refuses it.
    text.startsWith("Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed")
  );
}

/** Collects what a browser would complain about: policy violations, console errors, uncaught errors. */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  // A binding outlives navigations, and the policy does not apply to it.
  await page.exposeFunction("reportViolation", (text: string) => problems.push(`violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        const report = (window as unknown as { reportViolation(text: string): void }).reportViolation;
        report(
          `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
        );
      },
      true,
    );
  });
  page.on("console", (message) => {
    if (message.type() !== "error" || isExpectedError(message.text(), message.location().url)) return;
    problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test.describe("pages under the policy", () => {
  for (const path of [...PAGES, MISSING_PAGE]) {
    test(`${path} runs with no violation and no console error`, async ({ page }) => {
      const problems = await watchForProblems(page);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Hydration is done once the client runtime has run; a blocked script would leave it undone.
      await page.waitForLoadState("networkidle");
      expect(problems).toEqual([]);
    });
  }

  test("the language switch, a server action, works under the policy", async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мы слышим каждого клиента");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We listen to every customer");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(problems).toEqual([]);
  });

  test("the console, signed in, runs under the policy: staff list, invitation form, second-factor enrolment", async ({
    page,
  }) => {
    const problems = await watchForProblems(page);
    await signInStaff(page.request, await createStaff("ADMIN"));
    await page.goto("/console/staff");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Сотрудники");
    await page.getByRole("button", { name: "Отправить приглашение" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("Укажите имя");
    await page.goto("/console/account");
    await page.getByRole("button", { name: "Включить" }).click();
    await expect(page.getByTestId("totp-secret")).toHaveText(/^[A-Z2-7]{32}$/);
    await expect(page.locator("svg").first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("a sandboxed srcdoc frame keeps the inline styles of an e-mail", async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto("/");
    // How the development mailbox shows a message: the frame inherits the page's policy.
    await page.evaluate(() => {
      const frame = document.createElement("iframe");
      frame.setAttribute("sandbox", "");
      frame.title = "e-mail";
      frame.srcdoc =
        '<style>h1 { color: rgb(0, 128, 0) }</style><h1>Ответ</h1><p style="color: rgb(255, 0, 0)">Текст</p>';
      document.body.append(frame);
    });
    const email = page.frameLocator('iframe[title="e-mail"]');
    await expect(email.locator("h1")).toHaveCSS("color", "rgb(0, 128, 0)");
    await expect(email.locator("p")).toHaveCSS("color", "rgb(255, 0, 0)");
    expect(problems).toEqual([]);
  });
});
