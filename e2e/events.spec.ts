import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import ICAL from "ical.js";

import { createMember, createStaff, signInMember, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

/** The seeded demo meeting (lib/events/seed-events.ts), in Moscow, open to every member. */
const DEMO_EVENT = "019a0000-0000-7000-8000-0000000000e1";

/** A datetime-local value (Moscow time) `days` ahead at 18:00, and the same moment in UTC. */
function daysAhead(days: number, hour: number) {
  const day = new Date(Date.now() + days * 86_400_000);
  const local = `${day.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
  return { local, utc: new Date(`${local}:00+03:00`) };
}

async function memberPage(
  browser: Browser,
  member: { email: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` },
  });
  await signInMember(context.request, member);
  return { context, page: await context.newPage() };
}

test("a meeting with 2 places: the third applicant waits, takes the place a member gives up, gets a calendar invite and checks in @desktop", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Собрание о доставке ${randomBytes(3).toString("hex")}`;
  const starts = daysAhead(10, 18);
  const ends = daysAhead(10, 20);

  // Staff create and publish the meeting in the console.
  await signInStaff(page.request, await createStaff("OPERATOR"));
  await page.goto("/console/events");
  const form = page.getByTestId("event-new");
  await form.getByLabel("Вид", { exact: true }).selectOption("MEETING");
  await form.getByLabel("Тема", { exact: true }).fill(title);
  await form.getByLabel("Город", { exact: true }).fill("Тверь");
  await form.getByLabel("Адрес", { exact: true }).fill("ул. Советская, д. 31");
  await form.getByLabel("Начало (МСК)").fill(starts.local);
  await form.getByLabel("Окончание (МСК)").fill(ends.local);
  await form.getByLabel("Мест", { exact: true }).fill("2");
  await form.getByRole("button", { name: "Сохранить" }).click();
  await expect(page).toHaveURL(/\/console\/events\/[0-9a-f-]{36}$/);
  const eventId = page.url().split("/").at(-1)!;
  await page.getByRole("button", { name: "Опубликовать" }).click();
  await expect(page.getByTestId("event-status")).toHaveText("Опубликовано");

  // Three members apply in turn; the third joins the waiting list.
  const members = await Promise.all([createMember("Анна"), createMember("Борис"), createMember("Вера")]);
  const sessions = [];
  for (const [index, member] of members.entries()) {
    const session = await memberPage(browser, member);
    sessions.push(session);
    await session.page.goto("/events");
    const apply = session.page.getByTestId(`apply-${eventId}`);
    await apply.getByRole("button", { name: index < 2 ? "Записаться" : "Встать в лист ожидания" }).click();
    // The event moves from the open ones to the member's own, with the outcome.
    const mine = session.page.getByTestId("my-registration").filter({ hasText: title });
    await expect(mine.getByTestId("registration-status")).toHaveText(index < 2 ? "Вы записаны" : "В листе ожидания");
    await expect(apply).toHaveCount(0);
  }
  await waitForEmail({ to: members[2].email, subject: `Вы в листе ожидания: ${title}` });

  // The first member gives up the place.
  const first = sessions[0].page;
  await first.goto("/events");
  const registration = first.getByTestId("my-registration").filter({ hasText: title });
  await registration.getByRole("button", { name: "Отменить запись" }).click();
  await registration.getByRole("button", { name: "Да, отменить" }).click();
  await expect(registration.getByTestId("registration-status")).toHaveText("Запись отменена");

  // The third is promoted and emailed an invite a calendar reads.
  const promoted = await waitForEmail({ to: members[2].email, subject: `Освободилось место: ${title}` });
  const invite = promoted.attachments.find((attachment) => attachment.filename.endsWith(".ics"));
  expect(invite, "the email carries a calendar invite").toBeTruthy();
  expect(invite!.contentType).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(invite!.content));
  const vevents = calendar.getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(1);
  const event = new ICAL.Event(vevents[0]);
  expect(event.uid).toContain(eventId);
  expect(event.summary).toBe(title);
  expect(event.location).toBe("Тверь, ул. Советская, д. 31");
  expect(event.startDate.toJSDate().toISOString()).toBe(starts.utc.toISOString());
  expect(event.endDate.toJSDate().toISOString()).toBe(ends.utc.toISOString());

  // The promoted member sees the place and the door code; staff check them in by it.
  const third = sessions[2].page;
  await third.goto("/events");
  const place = third.getByTestId("my-registration").filter({ hasText: title });
  await expect(place.getByTestId("registration-status")).toHaveText("Вы записаны");
  const code = (await place.getByTestId("check-in-code").textContent())!.replace(/^.*:\s*/, "").trim();
  await expect(place.getByRole("img", { name: new RegExp(code) })).toBeVisible();

  await page.reload();
  await page.getByLabel("Код участника").fill(code.toLowerCase());
  await page.getByTestId("check-in").getByRole("button", { name: "Отметить по коду" }).click();
  await expect(page.getByText(`Отмечен(а): Вера`)).toBeVisible();
  await third.goto("/account");
  await expect(third.getByTestId("points-balance")).toContainText("100");

  // The public list shows the meeting in its town, full, with nobody's name.
  const visitor = await browser.newPage();
  await visitor.goto("/meetings?town=Тверь");
  const meeting = visitor.getByTestId("meeting").filter({ hasText: title });
  await expect(meeting).toContainText("Мест нет");
  await expect(visitor.getByText("Вера")).toHaveCount(0);

  for (const session of sessions) await session.context.close();
  await visitor.close();
});

test("a member finds the seeded meeting on the public list and registers from their events page", async ({ page }) => {
  const member = await createMember("Дарья");
  await signInMember(page.request, member);
  await page.goto("/meetings?town=Москва");
  const meeting = page.getByTestId("meeting").filter({ hasText: "Собрание Клуба: как сделать отделения удобнее" });
  await expect(meeting).toContainText("Москва, ул. Мясницкая, д. 26");
  await page.getByRole("link", { name: "Записаться" }).click();
  await expect(page).toHaveURL(/\/events$/);

  const apply = page.getByTestId(`apply-${DEMO_EVENT}`);
  await apply.getByRole("button", { name: "Записаться" }).click();
  const mine = page.getByTestId("my-registration").filter({ hasText: "Собрание Клуба: как сделать отделения удобнее" });
  await expect(mine.getByTestId("registration-status")).toHaveText("Вы записаны");
  await expect(mine.getByRole("img", { name: /QR-код для входа/ })).toBeVisible();
  await waitForEmail({ to: member.email, subject: "Вы записаны: Собрание Клуба: как сделать отделения удобнее" });

  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Мои встречи" })).toContainText(
    "Собрание Клуба: как сделать отделения удобнее",
  );
});
