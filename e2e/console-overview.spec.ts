import { randomBytes, randomInt } from "node:crypto";
import type { Locator, Page } from "@playwright/test";

import { sql } from "./support/database";
import { createStaff, signInStaff } from "./support/identities";
import { createOffice } from "./support/inbox-cases";
import { expectNoSidewaysScroll } from "./support/page-width";
import { expect, test } from "./support/test";

const HOUR = 3_600_000;

test.use({ viewport: { width: 1280, height: 800 } });

type TSeed = { status: string; dueInHours: number; assigneeId?: string; paused?: boolean; news?: boolean };

async function createCase(office: string, seed: TSeed) {
  await sql(
    `INSERT INTO "Case" ("id", "number", "type", "status", "applicantName", "applicantEmail", "text", "officePostcode",
       "region", "assigneeId", "dueAt", "pausedAt", "customerNewsAt", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'COMPLAINT', $2::"CaseStatus", 'Орлова Нина', 'nina@mail.example', 'Очередь в отделении',
       $3, 'Край видов', $4, now() + make_interval(secs => $5::float8 / 1000),
       CASE WHEN $6 THEN now() ELSE NULL END, CASE WHEN $7 THEN now() ELSE NULL END, now(), now())`,
    [
      `Ж-2034-${randomInt(100_000, 999_999)}`,
      seed.status,
      office,
      seed.assigneeId ?? null,
      seed.dueInHours * HOUR,
      !!seed.paused,
      !!seed.news,
    ],
  );
}

/** Four open cases in the office (one overdue, one someone's, one waiting, one with news) and a closed one. */
async function seedOffice(office: string, assigneeId: string) {
  for (const seed of [
    { status: "REGISTERED", dueInHours: -5 },
    { status: "IN_PROGRESS", dueInHours: 48, assigneeId },
    { status: "WAITING_FOR_CUSTOMER", dueInHours: -5, paused: true },
    { status: "NEW", dueInHours: 100, news: true },
    { status: "CLOSED", dueInHours: -50 },
  ]) {
    await createCase(office, seed);
  }
}

/** The number a count link shows after its name ("Мои: 3", "Просрочены: 10 000+"). */
function countIn(name: string): number {
  const match = /:\s*([\d\s\u00a0\u202f]+)/.exec(name);
  if (!match) throw new Error(`no count in «${name}»`);
  return Number(match[1].replace(/\D/g, ""));
}

/** The inbox's own total («Показаны 1–3 из 3»). */
async function inboxTotal(page: Page): Promise<number> {
  const range = (await page.getByTestId("inbox-range").textContent()) ?? "";
  const match = /из\s+(?:более чем\s+)?([\d\s\u00a0\u202f]+)$/.exec(range.trim());
  if (!match) throw new Error(`no total in «${range}»`);
  return Number(match[1].replace(/\D/g, ""));
}

/** Each count link of a block, as its name and where it leads. */
async function countLinks(block: Locator): Promise<{ name: string; href: string }[]> {
  const links = await block.getByRole("link").all();
  return Promise.all(
    links.map(async (link) => ({
      name: ((await link.getAttribute("aria-label")) ?? (await link.innerText())).replace(/\s+/g, " "),
      href: (await link.getAttribute("href")) ?? "",
    })),
  );
}

const viewsNav = (page: Page) => page.getByRole("navigation", { name: "Очереди обращений" });

/**
 * Every view of the sidebar: on the list it opens, the view is marked current and its count is the list's total.
 * Both come from the same page, so other tests' cases filed meanwhile cannot come between them.
 */
async function checkSidebar(page: Page, only: (name: string) => boolean = () => true) {
  await page.goto("/console");
  const links = (await countLinks(viewsNav(page))).filter((link) => only(link.name));
  expect(links.length).toBeGreaterThan(3);
  for (const link of links) {
    await page.goto(link.href);
    const current = viewsNav(page).locator('a[aria-current="page"]');
    await expect(current, `${link.name} is marked on its list`).toHaveAttribute("href", link.href);
    const name = (await current.getAttribute("aria-label")) ?? "";
    expect(countIn(name), `${link.name} counts its list`).toBe(await inboxTotal(page));
  }
}

/** Every count on the overview leads to the list it counts, and the list shows that number. */
async function checkOverview(page: Page, only: (name: string) => boolean = () => true) {
  await page.goto("/console");
  const main = page.locator("[data-workspace] > :last-child");
  const links = (await countLinks(main)).filter((link) => only(link.name));
  expect(links.length).toBeGreaterThan(3);
  for (const { name, href } of links) {
    expect(href, name).toMatch(/^\/console\/cases(\?|$)/);
    // Other tests file cases meanwhile: the count and the list are compared again until one pair agrees.
    await expect(async () => {
      await page.goto("/console");
      const card = main.locator(`a[href="${href}"]`).first();
      const count = countIn((await card.innerText()).replace(/\s+/g, " "));
      await card.click();
      await expect(page).toHaveURL(href);
      expect(await inboxTotal(page), name).toBe(count);
    }).toPass({ timeout: 30_000 });
  }
}

test.describe("the console's overview and views @desktop", () => {
  // Each test opens every view's list, a page load apiece.
  test.describe.configure({ timeout: 180_000 });

  test("a supervisor's counts are links to lists of as many cases, office head by office head", async ({ page }) => {
    const supervisor = await createStaff("SUPERVISOR");
    const head = await createStaff("OFFICE_HEAD");
    const office = await createOffice();
    // The head answers for this test's office alone, so their view counts exactly its open cases.
    await sql(`DELETE FROM "StaffOffice" WHERE "staffId" = $1`, [head.id]);
    await sql(`INSERT INTO "StaffOffice" ("staffId", "officePostcode") VALUES ($1, $2)`, [head.id, office]);
    await seedOffice(office, supervisor.id);
    const viewName = `Жалобы ${randomBytes(3).toString("hex")}`;
    await sql(
      `INSERT INTO "SavedView" ("id", "staffId", "name", "query", "createdAt") VALUES (gen_random_uuid(), $1, $2, $3, now())`,
      [supervisor.id, viewName, `office=${office}&type=COMPLAINT`],
    );
    await signInStaff(page.request, supervisor);

    await page.goto("/console");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Консоль департамента качества");
    await expectNoSidewaysScroll(page, "the overview");
    const nav = viewsNav(page);
    await expect(nav.getByRole("link", { name: `${head.name}: 4` })).toBeVisible();
    await expect(nav.getByRole("link", { name: `${viewName}: 5` })).toBeVisible();
    await expect(nav.getByRole("link", { name: /^Мои: 1$/ })).toBeVisible();
    // The workspace fills the window: the page beside the sidebar is wider than the site's 64rem column.
    const pageBox = await page.locator("[data-workspace] > :last-child").boundingBox();
    expect(pageBox!.width).toBeGreaterThan(900);

    const own = (name: string) => !/^Сотрудник OFFICE_HEAD/.test(name) || name.startsWith(head.name);
    await checkOverview(page, own);
    await checkSidebar(page, own);
    await page.goto("/console/cases");
    await expectNoSidewaysScroll(page, "the inbox");
  });

  test("an office head's views are their offices and their own queues, each counting its list", async ({ page }) => {
    const head = await createStaff("OFFICE_HEAD");
    const office = await createOffice();
    await sql(`INSERT INTO "StaffOffice" ("staffId", "officePostcode") VALUES ($1, $2)`, [head.id, office]);
    await seedOffice(office, head.id);
    await signInStaff(page.request, head);

    await page.goto("/console");
    await expectNoSidewaysScroll(page, "an office head's overview");
    const nav = viewsNav(page);
    await expect(nav.getByRole("link", { name: `${office} Отделение ${office}: 4` })).toBeVisible();
    await expect(nav.getByRole("link", { name: /^101000 / })).toBeVisible();
    await expect(nav.getByRole("link", { name: /^Мои: 1$/ })).toBeVisible();
    await expect(nav.getByRole("link", { name: /Отделения руководителей|Сотрудник OFFICE_HEAD/ })).toHaveCount(0);

    await checkOverview(page);
    await checkSidebar(page);
  });
});
