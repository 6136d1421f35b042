import { fileComplaintThroughForm } from "./support/complaint-form";
import { sql } from "./support/database";
import { createStaff, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { sendEmailToPortal } from "./support/send-mail";
import { expect, test } from "./support/test";

// The whole life of a complaint as its customer meets it on a phone, with staff working it at a desk.

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const DAY_MS = 86_400_000;

test("a complaint from filing to a rated answer: the request for details pauses the clock, the emailed answer resumes it, and the first link still opens the case", async ({
  page,
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the customer's side of this walk is a phone's");
  test.setTimeout(120_000);
  const applicant = `lifecycle-${unique()}@mail.example`;

  // The customer files on the phone.
  const number = await fileComplaintThroughForm(page, {
    lastName: "Ходокова",
    firstName: "Анна",
    email: applicant,
    text: "В отделении на Тверской час стояла в очереди: работало одно окно из пяти.",
  });
  const filed = await waitForEmail({ to: applicant, subject: `Ваше обращение зарегистрировано: ${number}` });
  const firstLink = filed.links.find((href) => href.includes("/status/"))!;

  // Staff, at a desk, ask for more information with the template.
  const desk = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "ru-RU" });
  const staffPage = await desk.newPage();
  const operator = await createStaff("OPERATOR");
  await signInStaff(staffPage.request, operator);
  await staffPage.goto(`/console/cases/${encodeURIComponent(number)}`);
  const reply = staffPage.getByTestId("reply-form");
  await reply.getByLabel("Шаблон").selectOption({ label: "Запрос дополнительных сведений" });
  await expect(reply.getByLabel("После отправки")).toHaveValue("WAITING_FOR_CUSTOMER");
  await expect(reply.getByTestId("reply-after")).toContainText("срок рассмотрения приостановлен");
  await reply.getByRole("button", { name: "Отправить ответ" }).click();
  await expect(reply.getByRole("status").filter({ hasText: "Ответ отправлен" })).toBeVisible();
  const question = await waitForEmail({ to: applicant, subject: `Нужны сведения по обращению ${number}` });
  expect(question.links).toContain(firstLink);

  // The customer's page says it waits for them, and the clock stands still.
  await page.goto(firstLink);
  await expect(page.getByTestId("case-status")).toHaveText("Ждём ваших сведений");
  const [paused] = await sql<{ pausedAt: Date | null; dueAt: Date }>(
    `SELECT "pausedAt", "dueAt" FROM "Case" WHERE "number" = $1`,
    [number],
  );
  expect(paused.pausedAt).not.toBeNull();

  // The pause lasted three days (moved back in time, as the test cannot wait for them).
  await sql(`UPDATE "Case" SET "pausedAt" = "pausedAt" - interval '3 days' WHERE "number" = $1`, [number]);

  // The customer answers by email, above the quote.
  const [{ replyToken }] = await sql<{ replyToken: string }>(`SELECT "replyToken" FROM "Case" WHERE "number" = $1`, [
    number,
  ]);
  await sendEmailToPortal({
    from: applicant,
    to: `reply+${replyToken}@portal.example`,
    subject: `Re: ${question.subject}`,
    text: "Была в отделении 2 декабря около 18:00, чек прилагаю в следующем письме.\n\n> Здравствуйте, Анна!\n> Нужны дополнительные сведения.",
  });

  // Back in work, marked new from the customer, the deadline moved on by the pause.
  await expect(async () => {
    const [row] = await sql<{ status: string }>(`SELECT "status" FROM "Case" WHERE "number" = $1`, [number]);
    expect(row.status).toBe("IN_PROGRESS");
  }).toPass({ timeout: 30_000 });
  const [resumed] = await sql<{ pausedAt: Date | null; dueAt: Date; customerNewsAt: Date | null }>(
    `SELECT "pausedAt", "dueAt", "customerNewsAt" FROM "Case" WHERE "number" = $1`,
    [number],
  );
  expect(resumed.pausedAt).toBeNull();
  expect(resumed.customerNewsAt).not.toBeNull();
  const moved = resumed.dueAt.getTime() - paused.dueAt.getTime();
  // Three days, or more when the new last day is not a working day; still at the end of a day.
  expect(moved).toBeGreaterThanOrEqual(3 * DAY_MS);
  expect(moved).toBeLessThan(10 * DAY_MS);
  expect(moved % DAY_MS).toBe(0);

  await staffPage.goto("/console/cases?news=1");
  const row = staffPage.getByRole("row", { name: new RegExp(number) });
  await expect(row).toContainText("Новое от клиента");
  await staffPage.goto(`/console/cases/${encodeURIComponent(number)}`);
  await expect(staffPage.getByTestId("case-status")).toHaveText("В работе");
  await expect(staffPage.getByTestId("case-history")).toContainText("Была в отделении 2 декабря около 18:00");
  // The quoted history is kept apart from the customer's words, for staff only.
  await expect(staffPage.getByTestId("case-history")).toContainText("Цитата из письма");

  // Staff answer.
  await reply.getByLabel("Шаблон").selectOption({ label: "Ответ на жалобу: меры приняты" });
  await reply.getByLabel("После отправки").selectOption({ label: "Дан ответ" });
  await reply.getByRole("button", { name: "Отправить ответ" }).click();
  await expect(staffPage.getByTestId("case-status")).toHaveText("Дан ответ");

  // The customer rates from the email, in one tap.
  const askToRate = await waitForEmail({ to: applicant, subject: `Обращение ${number}: дан ответ — оцените его` });
  const rateFive = askToRate.links.find((href) => href.includes("/rate?score=5"))!;
  expect(rateFive).toBeDefined();
  await page.goto(rateFive);
  await expect(page.getByText("Спасибо! Ваша оценка 5")).toBeVisible();

  // The report shows the rating under the operator who answered.
  const analyst = await createStaff("ANALYST");
  await signInStaff(staffPage.request, analyst);
  await staffPage.goto("/console/reports");
  const byOperator = staffPage.getByRole("region", { name: "Оценки ответов по сотрудникам" });
  await expect(byOperator.getByRole("row", { name: new RegExp(operator.name) })).toContainText("5");
  await desk.close();

  // The link from the first email still opens the case.
  await page.goto(firstLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Обращение ${number}`);
  await expect(page.getByTestId("case-status")).toHaveText("Дан ответ");
});
