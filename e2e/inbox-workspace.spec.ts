import { sql } from "./support/database";
import { createStaff, signInStaff } from "./support/identities";
import { createCase, createOffice } from "./support/inbox-cases";
import { expectNoSidewaysScroll } from "./support/page-width";
import { expect, test } from "./support/test";

// The inbox as an operator works in it all day: a desktop screen, the list filling the width beside the sidebar.
test.use({ viewport: { width: 1280, height: 800 } });

test.describe("the inbox workspace @desktop", () => {
  test("the first case is in view and nothing scrolls sideways, also with filters in force", async ({ page }) => {
    const operator = await createStaff("OPERATOR");
    await signInStaff(page.request, operator);
    const office = await createOffice();
    const newest = await createCase({ type: "CLAIM", office, dueInHours: -3 });

    const table = page.getByRole("table", { name: "Обращения по выбранным условиям" });
    const scroller = page.getByRole("region", { name: "Обращения по выбранным условиям" });
    for (const url of [
      "/console/cases",
      `/console/cases?type=CLAIM&due=overdue&assignee=unassigned&office=${office}`,
    ]) {
      await page.goto(url);
      const firstRow = table.locator("[data-case-row]").first();
      await expect(firstRow).toBeVisible();
      const box = await firstRow.boundingBox();
      expect(box, url).not.toBeNull();
      expect(box!.y + box!.height, `the first row's bottom on ${url}`).toBeLessThanOrEqual(800);
      // Every column is there and the table fits its box: no scrolling sideways inside it or on the page.
      await expect(table.getByRole("columnheader")).toHaveText([
        "",
        /Номер/,
        "Статус",
        "Приоритет",
        "Тема",
        "Заявитель",
        "Отделение",
        "Исполнитель",
        /Создано/,
        /Срок ответа/,
      ]);
      const { scrollWidth, clientWidth } = await scroller.evaluate((element) => ({
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
      expect(scrollWidth, url).toBeLessThanOrEqual(clientWidth);
      await expectNoSidewaysScroll(page, url);
    }
    // The filtered list: the folded panel names the filters in force on its one line.
    await expect(page.getByTestId("active-filters")).toHaveText(
      `Вид: Розыск · Срок: Просрочено · Отделение: ${office} · Исполнитель: Не назначено`,
    );
    await expect(table.locator("[data-case-row]")).toHaveCount(1);
    await expect(table.locator("[data-case-row]").first()).toHaveAttribute("data-case-number", newest);
  });

  test("a hidden column stays hidden after a reload, and comes back", async ({ page }) => {
    const operator = await createStaff("OPERATOR");
    await signInStaff(page.request, operator);
    await createCase({ type: "COMPLAINT", office: await createOffice(), dueInHours: 24 });
    const hidden = async () =>
      (
        await sql<{ hidden: string[] }>(`SELECT "hiddenInboxColumns" AS hidden FROM "StaffUser" WHERE "id" = $1`, [
          operator.id,
        ])
      )[0].hidden;

    await page.goto("/console/cases");
    const table = page.getByRole("table", { name: "Обращения по выбранным условиям" });
    const priorityHeader = table.getByRole("columnheader", { name: "Приоритет" });
    await expect(priorityHeader).toBeVisible();
    const menu = page.locator("details[data-menu]");
    await menu.locator("summary").click();
    const priorityChoice = menu.getByRole("checkbox", { name: "Приоритет" });
    await expect(priorityChoice).toBeChecked();
    // The number is the row's link and name: it is not offered for hiding.
    await expect(menu.getByRole("checkbox", { name: "Номер" })).toHaveCount(0);
    await priorityChoice.uncheck();
    await expect(priorityHeader).toHaveCount(0);
    await expect(table.locator("[data-case-row]").first().locator("td")).toHaveCount(9);
    // Escape folds the menu back.
    await page.keyboard.press("Escape");
    await expect(priorityChoice).toBeHidden();
    await expect.poll(hidden).toEqual(["priority"]);

    await page.reload();
    await expect(table.locator("[data-case-row]").first()).toBeVisible();
    await expect(priorityHeader).toHaveCount(0);
    await expect(table.getByRole("columnheader", { name: "Исполнитель" })).toBeVisible();

    await menu.locator("summary").click();
    await expect(priorityChoice).not.toBeChecked();
    await priorityChoice.check();
    await expect(priorityHeader).toBeVisible();
    await expect.poll(hidden).toEqual([]);
    await page.reload();
    await expect(priorityHeader).toBeVisible();
  });

  test("a case filed meanwhile appears without a reload, and the selection stays", async ({ page }) => {
    test.setTimeout(90_000);
    const operator = await createStaff("OPERATOR");
    await signInStaff(page.request, operator);
    const office = await createOffice();
    const first = await createCase({ type: "COMPLAINT", office, dueInHours: 48 });
    const second = await createCase({ type: "COMPLAINT", office, dueInHours: 48 });

    await page.goto(`/console/cases?office=${office}`);
    const table = page.getByRole("table", { name: "Обращения по выбранным условиям" });
    await expect(table.locator("[data-case-row]")).toHaveCount(2);
    await table.getByRole("checkbox", { name: `Выбрать обращение ${first}` }).check();
    const bulk = page.getByRole("region", { name: "Действия с выбранными" });
    await expect(bulk.getByText("Выбрано: 1")).toBeVisible();
    // A mark on the window: a reload would wipe it, a refresh of the data keeps it.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const filed = await createCase({ type: "CLAIM", office, dueInHours: 48 });
    await expect(table.locator("[data-case-row]")).toHaveCount(3, { timeout: 40_000 });
    await expect(table.locator("[data-case-row]").first()).toHaveAttribute("data-case-number", filed);
    await expect(table.getByRole("checkbox", { name: `Выбрать обращение ${first}` })).toBeChecked();
    await expect(table.getByRole("checkbox", { name: `Выбрать обращение ${second}` })).not.toBeChecked();
    await expect(bulk.getByText("Выбрано: 1")).toBeVisible();
    expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

    // A selected case that leaves the list (moved to another office elsewhere) leaves the selection too.
    await sql(`UPDATE "Case" SET "officePostcode" = NULL, "updatedAt" = now() WHERE "number" = $1`, [first]);
    await expect(table.locator("[data-case-row]")).toHaveCount(2, { timeout: 40_000 });
    await expect(bulk.getByText("Выбрано: 0")).toBeVisible();
  });

  test("the overview's counts follow a case put on one's desk elsewhere, without a reload", async ({ page }) => {
    test.setTimeout(90_000);
    const operator = await createStaff("OPERATOR");
    await signInStaff(page.request, operator);
    await page.goto("/console");
    // The overview's card (the sidebar has a «Мои» link of its own, first in the page).
    const mine = page
      .getByRole("main")
      .getByRole("link", { name: /^Мои: / })
      .last();
    await expect(mine).toContainText("0");
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const number = await createCase({ type: "COMPLAINT", office: await createOffice(), dueInHours: 48 });
    await sql(`UPDATE "Case" SET "assigneeId" = $1, "updatedAt" = now() WHERE "number" = $2`, [operator.id, number]);
    await expect(mine).toContainText("1", { timeout: 40_000 });
    expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  });
});
