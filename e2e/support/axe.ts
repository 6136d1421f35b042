import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA, and axe's best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/**
 * Every rule axe finds broken on the page (or only within `within`, e.g. an open dialog), one line each, with
 * the elements that break it.
 */
export async function findings(page: Page, label: string, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const { violations } = await (within ? builder.include(within) : builder).analyze();
  return violations.map(
    (violation) =>
      `${label}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

/** Opens each page, checks that it answers and shows its heading, and collects what axe finds. */
export async function scanPages(page: Page, language: string, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers`).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    found.push(...(await findings(page, `${path} [${language}]`)));
    // What folds away (a template's or a rule's edit form, a quoted email) is scanned open too.
    const folded = page.getByRole("main").locator("details:not([open])");
    if ((await folded.count()) > 0) {
      await folded.evaluateAll((elements) => elements.forEach((element) => element.setAttribute("open", "")));
      found.push(...(await findings(page, `${path}, unfolded [${language}]`)));
    }
  }
  return found;
}

/** Presses a form's submit button with nothing filled in and waits for what it says about it. */
export async function sendEmpty(form: Locator) {
  await form.locator('[type="submit"]').last().click();
  await expect(form.locator('[aria-invalid="true"], [role="alert"]').first()).toBeVisible();
}
