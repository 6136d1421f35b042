import { createHash, randomBytes, randomInt } from "node:crypto";
import type { Page } from "@playwright/test";

import { findings } from "./support/axe";
import { sql } from "./support/database";
import { createStaff, signInStaff } from "./support/identities";
import { createOffice } from "./support/inbox-cases";
import { expect as baseExpect, test } from "./support/test";

// The console is worked at a desk, and all day: these run on the desktop project only (@desktop).
test.use({ viewport: { width: 1280, height: 800 } });

// Each key that reaches the server waits for its answer and the page's refresh, slow on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const TEMPLATE = "Ответ на жалобу: меры приняты";

/** A registered, unassigned complaint with one applicant, filed `minutesAgo` minutes ago. */
async function createComplaint(office: string, minutesAgo: number) {
  const number = `Ж-2032-${randomInt(100_000, 999_999)}`;
  const email = `keys-${randomBytes(4).toString("hex")}@mail.example`;
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Case" ("id", "number", "type", "status", "applicantName", "applicantEmail", "officePostcode", "region",
       "text", "dueAt", "createdAt", "registeredAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'COMPLAINT', 'REGISTERED', 'Лебедева Ольга', $2, $3, 'Тестовый край',
       'В отделении не приняли посылку без объяснения причин.', now() + interval '20 days',
       now() - make_interval(mins => $4), now() - make_interval(mins => $4), now())
     RETURNING "id"`,
    [number, email, office, minutesAgo],
  );
  await sql(
    `INSERT INTO "CaseApplicant" ("id", "caseId", "isPrimary", "role", "lastName", "firstName", "email", "locale",
       "statusTokenHash", "consentPolicyVersion", "consentAt")
     VALUES (gen_random_uuid(), $1, true, 'APPLICANT', 'Лебедева', 'Ольга', $2, 'ru', $3, '2026-09-01', now())`,
    [row.id, email, createHash("sha256").update(randomBytes(32)).digest("hex")],
  );
  await sql(
    `INSERT INTO "CaseEvent" ("id", "caseId", "kind", "isPublic", "createdAt")
     VALUES (gen_random_uuid(), $1, 'FILED', true, now() - make_interval(mins => $2))`,
    [row.id, minutesAgo],
  );
  return number;
}

/** Presses a key until `isThere` holds: Tab through a form, arrows through a select's options. */
async function pressUntil(page: Page, key: string, isThere: () => Promise<boolean>, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    if (await isThere()) return;
    await page.keyboard.press(key);
  }
  expect(await isThere(), `${key} pressed ${limit} times`).toBe(true);
}

/**
 * The first key on a freshly loaded page: until its scripts run a key does nothing, so it is pressed again
 * until it shows its effect.
 */
async function pressOnLoad(page: Page, key: string, effect: () => Promise<void>) {
  await expect(async () => {
    await page.keyboard.press(key);
    await effect();
  }).toPass({ intervals: [1_000, 2_000], timeout: 30_000 });
}

const focusedName = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? "");

test.describe("the console's keys @desktop", () => {
  test("an operator works three cases with the keyboard alone: open, assign to me, reply from a template, next", async ({
    page,
  }) => {
    // Three cases, each assigned, answered and left through the server: more than the default minute.
    test.setTimeout(180_000);
    const operator = await createStaff("OPERATOR");
    await signInStaff(page.request, operator);
    const office = await createOffice();
    for (const minutesAgo of [30, 20, 10]) await createComplaint(office, minutesAgo);

    await page.goto(`/console/cases?office=${office}`);
    const rows = page.locator("[data-case-row]");
    await expect(rows).toHaveCount(3);
    const numbers = await rows.evaluateAll((found) => found.map((row) => row.getAttribute("data-case-number")!));

    await pressOnLoad(page, "j", () =>
      expect(rows.first()).toHaveAttribute("aria-current", "true", { timeout: 1_000 }),
    );
    await page.keyboard.press("Enter");

    for (const [index, number] of numbers.entries()) {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(number);
      await expect(page.getByTestId("case-assignee")).not.toHaveText(operator.name);

      await page.keyboard.press("a");
      await expect(page.getByTestId("case-assignee")).toHaveText(operator.name);

      await page.keyboard.press("r");
      const picker = page.getByLabel("Шаблон", { exact: true });
      await expect(picker).toBeFocused();
      await pressUntil(
        page,
        "ArrowDown",
        async () =>
          (await picker.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)) === TEMPLATE,
      );
      await expect(page.getByTestId("reply-preview")).toContainText(`Мы рассмотрели ваше обращение ${number}`);

      await pressUntil(page, "Tab", async () => (await focusedName(page)) === "Отправить ответ");
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("case-history")).toContainText(`Мы рассмотрели ваше обращение ${number}`);

      await page.keyboard.press("j");
      if (index < numbers.length - 1) continue;
      await expect(page.getByText("Это последнее обращение списка.")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(number);
    }

    // "u" goes back to the list the cases came from, its cursor on the case just left.
    await page.keyboard.press("u");
    await expect(page).toHaveURL(new RegExp(`/console/cases\\?office=${office}$`));
    await expect(rows.filter({ hasText: numbers[2] })).toHaveAttribute("aria-current", "true");

    await page.goto(`/console/cases?assignee=mine&office=${office}`);
    await expect(rows).toHaveCount(3);
    for (const number of numbers) await expect(rows.filter({ hasText: number })).toContainText(operator.name);
  });

  test("letters typed in a field stay text; ? opens the help, Escape closes it and the focus returns", async ({
    page,
  }) => {
    const operator = await createStaff("OPERATOR");
    await signInStaff(page.request, operator);
    const office = await createOffice();
    const number = await createComplaint(office, 5);
    await page.goto(`/console/cases?office=${office}`);
    const rows = page.locator("[data-case-row]");
    await expect(rows).toHaveCount(1);

    const search = page.locator("[data-shortcut='search']");
    await pressOnLoad(page, "/", () => expect(search).toBeFocused({ timeout: 1_000 }));
    await page.keyboard.type("j");
    await expect(search).toHaveValue("j");
    await expect(page.locator("[data-case-row][aria-current]")).toHaveCount(0);
    // The same key outside the field moves the cursor: it was the field that held it back.
    await search.blur();
    await page.keyboard.press("j");
    await expect(rows.first()).toHaveAttribute("aria-current", "true");
    await page.keyboard.press("x");
    await expect(rows.first().getByRole("checkbox")).toBeChecked();

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Клавиши консоли" });
    await expect(help).toBeVisible();
    await expect(help.getByRole("table", { name: /Список обращений/ })).toContainText("Следующая строка");
    await expect(help.getByRole("table", { name: /Обращение/ })).toContainText("Взять себе");
    expect(await findings(page, "keys' help", "dialog[open]")).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();

    // The hint in the frame opens the same help, and closing it gives the focus back to the hint.
    const hint = page.getByRole("button", { name: "Клавиши: ?" });
    await hint.focus();
    await page.keyboard.press("Enter");
    await expect(help).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await expect(hint).toBeFocused();

    // A case opened without a list: the help says j and k have nowhere to go.
    await page.goto(`/console/cases/${encodeURIComponent(number)}`);
    await page.evaluate(() => window.sessionStorage.clear());
    await pressOnLoad(page, "?", () => expect(help).toBeVisible({ timeout: 1_000 }));
    await expect(help).toContainText("открыто не из списка");
    await page.keyboard.press("Escape");

    // "/" on a case goes to the inbox's search; "g" then "h" to the overview.
    await page.keyboard.press("/");
    await expect(page).toHaveURL(/\/console\/cases$/);
    await expect(search).toBeFocused();
    await search.blur();
    await page.keyboard.press("g");
    await page.keyboard.press("h");
    await expect(page).toHaveURL(/\/console$/);
  });
});
