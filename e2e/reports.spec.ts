import { randomBytes } from "node:crypto";
import fs from "node:fs";

import { sql } from "./support/database";
import { createStaff, signInStaff } from "./support/identities";
import { expect, test } from "./support/test";

/**
 * Topics of this run, with cases filed in June 2019 (Moscow time), when nothing else in the database was; closed,
 * so they are no one's work in other tests.
 */
async function seedCases() {
  const run = randomBytes(4).toString("hex");
  const topics = { plain: `Тема e2e ${run}`, formula: `=HYPERLINK e2e ${run}` };
  const ids: Record<string, string> = {};
  for (const [key, name] of Object.entries(topics)) {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO "Topic" ("id", "code", "nameRu", "nameEn") VALUES (gen_random_uuid(), $1, $2, $2) RETURNING "id"`,
      [`e2e-${key}-${run}`, name],
    );
    ids[key] = row.id;
  }
  const cases: [string, string][] = [
    [ids.plain, "2019-06-04T09:00:00Z"],
    [ids.plain, "2019-06-05T09:00:00Z"],
    [ids.plain, "2019-06-12T09:00:00Z"],
    [ids.formula, "2019-06-13T09:00:00Z"],
  ];
  for (const [topicId, createdAt] of cases) {
    await sql(
      `INSERT INTO "Case" ("id", "number", "type", "status", "channel", "topicId", "applicantName", "applicantEmail", "text", "dueAt", "createdAt", "closedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'COMPLAINT', 'CLOSED', 'WEB', $2, 'Отчётов Тест', 'reports@mail.example', 'Для отчёта',
               $3::timestamptz + interval '30 days', $3::timestamptz, $3::timestamptz + interval '1 day', now())`,
      [`Ж-2019-${randomBytes(5).toString("hex")}`, topicId, createdAt],
    );
  }
  return topics;
}

test("an analyst picks a period, sees the reports as charts and tables, and downloads one as CSV @desktop", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    // The portal has no icon yet; the browser asks for one anyway.
    if (message.type() !== "error" || message.location().url.endsWith("/favicon.ico")) return;
    errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));

  const topics = await seedCases();
  const analyst = await createStaff("ANALYST");
  await signInStaff(page.request, analyst);

  await page.goto("/console");
  await page.getByRole("navigation", { name: "Разделы консоли" }).getByRole("link", { name: "Отчёты" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Отчёты");

  await page.getByLabel("С", { exact: true }).fill("2019-06-03");
  await page.getByLabel("По", { exact: true }).fill("2019-06-16");
  await page.getByLabel("Тип обращения").selectOption("COMPLAINT");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/from=2019-06-03&to=2019-06-16&type=COMPLAINT/);
  await expect(page.getByText("Период: 3–16 июня 2019 года")).toBeVisible();

  const byTopic = page.getByRole("region", { name: "По темам", exact: true });
  await expect(
    byTopic.getByRole("figure", { name: "Диаграмма «По темам». Те же данные — в таблице ниже." }),
  ).toBeVisible();
  await expect(byTopic.locator(".recharts-bar-rectangle")).not.toHaveCount(0);
  await expect(byTopic.getByRole("row", { name: topics.plain })).toHaveText(`${topics.plain}3`);
  await expect(byTopic.getByRole("row", { name: topics.formula })).toHaveText(`${topics.formula}1`);

  const byWeek = page.getByRole("region", { name: "По неделям", exact: true });
  await expect(byWeek.getByRole("row", { name: "2019-W23" })).toContainText("3 июн. 2019");

  const downloading = page.waitForEvent("download");
  await byTopic.getByRole("link", { name: "Скачать таблицу «По темам» в CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("report-topic-2019-06-03-2019-06-16.csv");
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toBe("Тема,Обращений");
  expect(lines).toContain(`${topics.plain},3`);
  // A spreadsheet would run the topic's name as a formula; the apostrophe keeps it text.
  expect(lines).toContain(`'${topics.formula},1`);

  expect(errors).toEqual([]);
});

test("an operator is told the reports are not for their role, and cannot download them @desktop", async ({ page }) => {
  const operator = await createStaff("OPERATOR");
  await signInStaff(page.request, operator);
  await page.goto("/console/reports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Нет доступа");
  await expect(
    page.getByRole("navigation", { name: "Разделы консоли" }).getByRole("link", { name: "Отчёты" }),
  ).toHaveCount(0);
  expect((await page.request.get("/console/reports/export?report=topic")).status()).toBe(403);
});

test("an office head sees and downloads their office's figures only @desktop", async ({ page }) => {
  const [other] = await sql<{ postcode: string }>(
    `SELECT "postcode" FROM "Office" WHERE "postcode" <> '101000' ORDER BY "postcode" LIMIT 1`,
  );
  // 1 July 2019, a day no other test files anything on.
  for (const office of ["101000", "101000", other.postcode]) {
    await sql(
      `INSERT INTO "Case" ("id", "number", "type", "status", "channel", "officePostcode", "applicantName", "applicantEmail", "text", "dueAt", "createdAt", "closedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'QUEUE_REPORT', 'CLOSED', 'WEB', $2, 'Отчётов Тест', 'reports@mail.example', 'Очередь',
               '2019-07-31T00:00:00Z', '2019-07-01T09:00:00Z', '2019-07-02T09:00:00Z', now())`,
      [`Ч-2019-${randomBytes(5).toString("hex")}`, office],
    );
  }
  const head = await createStaff("OFFICE_HEAD");
  await signInStaff(page.request, head);

  await page.goto("/console/reports?from=2019-07-01&to=2019-07-01&type=QUEUE_REPORT");
  await expect(page.getByText("Вы видите данные только своих отделений.")).toBeVisible();
  const byOffice = page.getByRole("region", { name: "По отделениям", exact: true });
  await expect(byOffice.getByRole("row")).toHaveCount(2);
  await expect(byOffice.getByRole("row").nth(1)).toContainText("101000");
  await expect(byOffice.getByRole("row", { name: other.postcode })).toHaveCount(0);

  const csv = await page.request.get(
    "/console/reports/export?report=office&from=2019-07-01&to=2019-07-01&type=QUEUE_REPORT",
  );
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^101000,.*,2$/);
});
