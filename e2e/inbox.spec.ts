import { sql } from "./support/database";
import { createStaff, signInStaff } from "./support/identities";
import { createCase, createOffice } from "./support/inbox-cases";
import { expect, test } from "./support/test";

test("an operator filters to overdue claims, sorts them by due date, goes back, and takes two of them @desktop", async ({
  page,
}) => {
  const operator = await createStaff("OPERATOR");
  await signInStaff(page.request, operator);
  const office = await createOffice();
  const late = await createCase({ type: "CLAIM", office, dueInHours: -5 });
  const later = await createCase({ type: "CLAIM", office, dueInHours: -50 });
  const latest = await createCase({ type: "CLAIM", office, dueInHours: -1 });
  const notYet = await createCase({ type: "CLAIM", office, dueInHours: 48 });
  const complaint = await createCase({ type: "COMPLAINT", office, dueInHours: -5 });
  const answered = await createCase({ type: "CLAIM", office, dueInHours: -5, status: "ANSWERED" });

  await page.goto("/console");
  await page.getByRole("navigation", { name: "Разделы консоли" }).getByRole("link", { name: "Обращения" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Обращения");

  const filters = page.getByRole("search", { name: "Отбор обращений" });
  // The filters but the search fold into a panel; its summary then names the ones in force.
  await filters.getByText("Фильтры", { exact: true }).click();
  await filters.getByLabel("Вид").selectOption({ label: "Розыск" });
  await filters.getByLabel("Срок", { exact: true }).selectOption({ label: "Просрочено" });
  await filters.getByLabel("Отделение").fill(office);
  await filters.getByRole("button", { name: "Показать" }).click();

  await expect(page).toHaveURL(/[?&]type=CLAIM/);
  await expect(page).toHaveURL(/[?&]due=overdue/);
  await expect(page).toHaveURL(new RegExp(`[?&]office=${office}`));
  await expect(filters.getByTestId("active-filters")).toHaveText(
    `Вид: Розыск · Срок: Просрочено · Отделение: ${office}`,
  );
  const table = page.getByRole("table", { name: "Обращения по выбранным условиям" });
  const numberCells = table.locator("[data-case-row] td:nth-child(2) a");
  await expect(numberCells).toHaveCount(3);
  for (const present of [late, later, latest]) await expect(table.getByText(present)).toBeVisible();
  for (const absent of [notYet, complaint, answered]) await expect(table.getByText(absent)).toHaveCount(0);
  await expect(table.getByText("просрочено").first()).toBeVisible();

  const dueHeader = table.getByRole("columnheader", { name: /Срок ответа/ });
  await expect(dueHeader).toHaveAttribute("aria-sort", "none");
  await dueHeader.getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=dueAt/);
  await expect(dueHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(numberCells).toHaveText([later, late, latest]);

  await page.goBack();
  await expect(page).not.toHaveURL(/sort=dueAt/);
  await expect(page).toHaveURL(/[?&]due=overdue/);
  await expect(filters.getByLabel("Вид")).toHaveValue("CLAIM");
  await expect(filters.getByLabel("Срок", { exact: true })).toHaveValue("overdue");
  await expect(table.getByRole("columnheader", { name: /Создано/ })).toHaveAttribute("aria-sort", "descending");
  await page.goForward();
  await expect(numberCells).toHaveText([later, late, latest]);

  await table.getByRole("checkbox", { name: `Выбрать обращение ${later}` }).check();
  await table.getByRole("checkbox", { name: `Выбрать обращение ${latest}` }).check();
  const bulk = page.getByRole("region", { name: "Действия с выбранными" });
  await expect(bulk.getByText("Выбрано: 2")).toBeVisible();
  await bulk.getByLabel("Кому назначить").selectOption({ label: "мне" });
  await bulk.getByRole("button", { name: "Назначить" }).click();
  await expect(bulk.getByText("Изменено обращений: 2")).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(later) })).toContainText("Сотрудник OPERATOR");
  await expect(table.getByRole("row", { name: new RegExp(latest) })).toContainText("Сотрудник OPERATOR");
  await expect(table.getByRole("row", { name: new RegExp(late) })).toContainText("Не назначено");

  // The filter saved as a view brings the same URL back later.
  const views = page.getByRole("region", { name: "Сохранённые отборы" });
  await filters.getByText("Фильтры", { exact: true }).click();
  await views.getByLabel("Название отбора").fill("Просроченные розыски");
  await views.getByRole("button", { name: "Сохранить текущий отбор" }).click();
  await expect(views.getByRole("link", { name: "Просроченные розыски" })).toBeVisible();
  await page.goto("/console/cases");
  await expect(table.getByText(complaint)).toBeVisible();
  await filters.getByText("Фильтры", { exact: true }).click();
  await views.getByRole("link", { name: "Просроченные розыски" }).click();
  await expect(page).toHaveURL(/[?&]due=overdue/);
  await expect(page).toHaveURL(/[?&]sort=dueAt/);
  await expect(filters.getByLabel("Вид")).toHaveValue("CLAIM");
  await expect(numberCells).toHaveText([later, late, latest]);

  const assigned = await sql<{ number: string }>(
    `SELECT "number" FROM "Case" WHERE "assigneeId" = $1 ORDER BY "number"`,
    [operator.id],
  );
  expect(assigned.map((row) => row.number)).toEqual([later, latest].sort());
});

test("an office head sees only office 101000's cases @desktop", async ({ page }) => {
  const head = await createStaff("OFFICE_HEAD");
  await signInStaff(page.request, head);
  const elsewhere = await createOffice();
  const own = await createCase({ type: "COMPLAINT", office: "101000", dueInHours: 24 });
  const foreign = await createCase({ type: "COMPLAINT", office: elsewhere, dueInHours: 24 });

  await page.goto("/console/cases");
  const table = page.getByRole("table", { name: "Обращения по выбранным условиям" });
  await expect(table.getByText(own)).toBeVisible();
  await expect(table.getByText(foreign)).toHaveCount(0);
  // The office column: after the checkbox, the number, status, priority, topic and applicant.
  await expect(table.getByRole("columnheader").nth(6)).toHaveText("Отделение");
  const offices = await table.locator("[data-case-row] td:nth-child(7)").allTextContents();
  expect(offices.length).toBeGreaterThan(0);
  for (const office of offices) expect(office).toMatch(/^101000 /);

  // Not through a typed number, nor through a filter of another office, nor the export.
  await page.goto(`/console/cases?q=${encodeURIComponent(foreign)}`);
  await expect(table.getByText("Нет обращений по этим условиям.")).toBeVisible();
  const csv = await page.request.get(`/console/cases/export?office=${elsewhere}`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await csv.text();
  expect(body.startsWith("\uFEFFНомер,")).toBe(true);
  expect(body).not.toContain(foreign);
  expect((await page.request.get(`/console/cases/export?q=${encodeURIComponent(own)}`)).ok()).toBe(true);
  expect(await (await page.request.get(`/console/cases/export?q=${encodeURIComponent(own)}`)).text()).toContain(own);
});
