import { fileComplaintThroughForm } from "./support/complaint-form";
import { sql } from "./support/database";
import { createStaff, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expectNoSidewaysScroll } from "./support/page-width";
import { expect, test } from "./support/test";

// The console is worked at a desk: desktop only (@desktop keeps these off the phone project).

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const caseUrl = (number: string) => `/console/cases/${encodeURIComponent(number)}`;

test("a supervisor extends a deadline: the applicant gets the notice, and both pages show the new date @desktop", async ({
  page,
}) => {
  const applicant = `extension-${unique()}@mail.example`;
  const number = await fileComplaintThroughForm(page, {
    lastName: "Соколова",
    firstName: "Мария",
    email: applicant,
    text: "Посылку не выдали: сказали прийти завтра, а завтра отделение закрыто.",
  });
  expect(number).toMatch(/^Ж-\d{4}-\d{6}$/);

  const supervisor = await createStaff("SUPERVISOR");
  await signInStaff(page.request, supervisor);
  await page.goto(caseUrl(number));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(number);
  const before = await page.getByTestId("case-deadline").textContent();

  // The extension is among the rarer actions, folded at the side.
  await page.getByText("Другие действия").click();
  const form = page.getByTestId("extend-form");
  await form.getByLabel("На сколько дней").fill("10");
  await form.getByLabel("Причина").fill("Запрошены записи камер в отделении");
  await form.getByRole("button", { name: "Продлить срок" }).click();
  // The page refreshes once the extension is saved and the one-time form goes away, sometimes before its
  // own "done" message can be read: the header is where the extension shows either way.
  await expect(page.getByTestId("case-deadline")).toContainText("срок продлён");

  const notice = await waitForEmail({ to: applicant, subject: `Обращение ${number}: срок ответа продлён` });
  expect(notice.text).toContain("Причина: Запрошены записи камер в отделении");
  const newDate = notice.text.match(/продлён до (.+?)\./)![1];

  await expect(page.getByTestId("case-deadline")).toContainText(newDate);
  await expect(page.getByTestId("case-deadline")).toContainText("срок продлён");
  expect(before).not.toContain(newDate);
  await expect(page.getByTestId("case-history")).toContainText("Запрошены записи камер в отделении");
  // Once only: the form is gone.
  await expect(page.getByTestId("extend-form")).toHaveCount(0);

  const statusLink = notice.links.find((href) => href.includes("/status/"))!;
  await page.goto(statusLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Обращение ${number}`);
  await expect(page.getByText(newDate).first()).toBeVisible();
  await expect(page.getByText("Срок ответа продлён")).toBeVisible();
});

test("an office head opens their office's case, and another office's case answers not found @desktop", async ({
  page,
}) => {
  const [own] = await sql<{ number: string }>(
    `SELECT "number" FROM "Case" WHERE "officePostcode" = '101000' ORDER BY "createdAt" LIMIT 1`,
  );
  const [other] = await sql<{ number: string }>(
    `SELECT "number" FROM "Case" WHERE "officePostcode" IS NOT NULL AND "officePostcode" <> '101000' ORDER BY "createdAt" LIMIT 1`,
  );
  const head = await createStaff("OFFICE_HEAD");
  await signInStaff(page.request, head);

  const allowed = await page.goto(caseUrl(own.number));
  expect(allowed!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(own.number);

  const refused = await page.goto(caseUrl(other.number));
  expect(refused!.status()).toBe(404);
  await expect(page.getByText(other.number)).toHaveCount(0);
});

test("an operator takes a case, notes, and replies from a template: the email and the status page carry the reply @desktop", async ({
  page,
}) => {
  const applicant = `reply-${unique()}@mail.example`;
  const number = await fileComplaintThroughForm(page, {
    lastName: "Орлов",
    firstName: "Игорь",
    email: applicant,
    text: "Сотрудник отказался принять посылку за десять минут до закрытия.",
  });
  const firstLink = (await waitForEmail({ to: applicant })).links.find((href) => href.includes("/status/"))!;

  const operator = await createStaff("OPERATOR");
  await signInStaff(page.request, operator);
  await page.goto(caseUrl(number));
  // Operators neither extend nor merge.
  await expect(page.getByTestId("extend-form")).toHaveCount(0);
  await expect(page.getByTestId("merge-form")).toHaveCount(0);

  const triage = page.getByTestId("triage-form");
  await triage.getByLabel("Исполнитель").selectOption(operator.id);
  await triage.getByRole("button", { name: "Сохранить" }).click();
  await expect(triage.getByRole("status")).toContainText("Сохранено");

  const status = page.getByTestId("status-form");
  await status.getByLabel("Новый статус").selectOption({ label: "В работе" });
  await status.getByRole("button", { name: "Сменить статус" }).click();
  await expect(page.getByTestId("case-status")).toHaveText("В работе");

  const note = page.getByTestId("note-form");
  await note.getByLabel("Текст заметки").fill("Уточнить график у начальника отделения");
  await note.getByRole("button", { name: "Добавить заметку" }).click();
  await expect(page.getByTestId("case-history")).toContainText("Уточнить график у начальника отделения");

  const reply = page.getByTestId("reply-form");
  await reply.getByLabel("Шаблон").selectOption({ label: "Ответ на жалобу: меры приняты" });
  await expect(reply.getByTestId("reply-preview")).toContainText("Здравствуйте, Игорь!");
  await expect(reply.getByTestId("reply-preview")).toContainText(`Мы рассмотрели ваше обращение ${number}`);
  await reply.getByLabel("После отправки").selectOption({ label: "Дан ответ" });
  await reply.getByRole("button", { name: "Отправить ответ" }).click();
  // The form also announces its draft and who else is writing: the outcome is the status that names it.
  await expect(reply.getByRole("status").filter({ hasText: "Ответ отправлен" })).toHaveText(
    "Ответ отправлен (1 получатель).",
  );
  await expect(page.getByTestId("case-status")).toHaveText("Дан ответ");

  const answer = await waitForEmail({ to: applicant, subject: `Ответ по обращению ${number}` });
  expect(answer.text).toContain("Здравствуйте, Игорь!");
  // Every email carries the same link, the one from the first email.
  expect(answer.links).toContain(firstLink);

  await page.goto(firstLink);
  await expect(page.getByTestId("case-status")).toHaveText("Дан ответ");
  await expect(page.getByText(`Мы рассмотрели ваше обращение ${number}`)).toBeVisible();
  await expect(page.getByText("Уточнить график у начальника отделения")).toHaveCount(0);
});

test.describe("the case view at a desk", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the conversation reads as one thread, the note set apart, and one click assigns the case @desktop", async ({
    page,
  }) => {
    const applicant = `thread-${unique()}@mail.example`;
    const number = await fileComplaintThroughForm(page, {
      lastName: "Белова",
      firstName: "Ольга",
      email: applicant,
      text: "Извещение о посылке не принесли, посылку вернули отправителю.",
    });
    const statusLink = (await waitForEmail({ to: applicant })).links.find((href) => href.includes("/status/"))!;

    // The customer adds a detail on their status page.
    await page.goto(statusLink);
    await page.getByLabel("Ваш комментарий").fill("Трек-номер посылки есть у отправителя, могу прислать.");
    await page.getByRole("button", { name: "Отправить", exact: true }).click();
    await expect(page.getByText("Сведения добавлены к обращению.")).toBeVisible();

    const operator = await createStaff("OPERATOR");
    await signInStaff(page.request, operator);
    await page.goto(caseUrl(number));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(number);
    await expectNoSidewaysScroll(page, "the case page");

    // Assign to me: the side names the operator, and the button has done its work.
    await expect(page.getByTestId("case-assignee")).toHaveText("не назначен");
    await page.getByRole("button", { name: "Взять себе" }).click();
    await expect(page.getByTestId("case-assignee")).toHaveText(operator.name);
    await expect(page.getByRole("button", { name: "Взять себе" })).toHaveCount(0);

    const reply = page.getByTestId("reply-form");
    await reply.getByLabel("Текст ответа").fill("Ольга, мы выясняем у отделения, почему извещение не доставили.");
    await reply.getByRole("button", { name: "Отправить ответ" }).click();
    await expect(reply.getByRole("status").filter({ hasText: "Ответ отправлен" })).toBeVisible();

    const note = page.getByTestId("note-form");
    await note.getByLabel("Текст заметки").fill("Почтальон участка 7 в отпуске, спросить начальника.");
    await note.getByRole("button", { name: "Добавить заметку" }).click();

    const thread = page.getByTestId("case-history");
    const messages = thread.locator(':scope > li:not([data-role="system"])');
    await expect(messages).toHaveCount(4);
    await expect(messages.nth(0)).toContainText("Извещение о посылке не принесли");
    await expect(messages.nth(1)).toContainText("Трек-номер посылки есть у отправителя");
    await expect(messages.nth(2)).toContainText("мы выясняем у отделения");
    await expect(messages.nth(2)).toContainText(operator.name);
    await expect(messages.nth(3)).toContainText("Почтальон участка 7 в отпуске");
    // The note is labelled as internal, and nothing else is.
    const internal = page.getByRole("article", { name: "Внутренняя заметка" });
    await expect(internal).toHaveCount(1);
    await expect(internal).toContainText("только для сотрудников");
    await expect(internal).toContainText("Почтальон участка 7 в отпуске");
    await expect(page.getByRole("article", { name: "Ответ отправлен" })).not.toContainText("только для сотрудников");
    // The steps between the letters are lines of their own: the assignment among them.
    await expect(thread.locator('li[data-kind="ASSIGNED"]')).toContainText(`Назначено: ${operator.name}`);
    await expectNoSidewaysScroll(page, "the case page with its thread");
  });
});
