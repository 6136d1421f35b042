import { randomBytes } from "node:crypto";
import fs from "node:fs";

import { sql } from "./support/database";
import { createMember, createStaff, signInMember, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

test("staff build a survey with a condition for one region and invite; a member there answers by the emailed link, gets points; results and the CSV show the answer @desktop", async ({
  page,
  browser,
}) => {
  const region = `Тестовая область ${randomBytes(3).toString("hex")}`;
  const title = `Посещение отделения ${randomBytes(3).toString("hex")}`;
  const inside = await createMember("Вера");
  const outside = await createMember("Олег");
  await sql(`UPDATE "Member" SET "region" = $1 WHERE "id" = $2`, [region, inside.id]);
  await sql(`UPDATE "Member" SET "region" = $1 WHERE "id" = $2`, [`${region} другая`, outside.id]);

  // Staff: the builder.
  await signInStaff(page.request, await createStaff("SUPERVISOR"));
  await page.goto("/console/surveys");
  await page.getByRole("link", { name: "Новый опрос" }).click();
  // Saved empty: the title field is marked, and its error is read out with it.
  await page.getByRole("button", { name: "Сохранить опрос" }).click();
  await expect(page.getByLabel("Название опроса")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Название опроса")).toHaveAccessibleDescription("Заполните это поле");
  await page.getByLabel("Название опроса").fill(title);
  await page.getByLabel("Регион", { exact: true }).fill(region);
  await page.getByRole("button", { name: "Добавить регион" }).click();
  await expect(page.getByTestId("segment-count")).toHaveText("Подходит участников: 1");

  await page.getByRole("button", { name: "+ Один вариант" }).click();
  const first = page.getByTestId("question-0");
  await first.getByLabel("Текст вопроса").fill("Были ли вы в отделении в этом месяце?");
  await first.getByLabel("Обязательный вопрос").check();
  await first.getByLabel("Вариант 1", { exact: true }).fill("Да");
  await first.getByLabel("Вариант 2", { exact: true }).fill("Нет");
  await page.getByRole("button", { name: "+ Свободный ответ" }).click();
  const second = page.getByTestId("question-1");
  await second.getByLabel("Текст вопроса").fill("Что вам запомнилось?");
  await second.getByLabel("Когда показывать").selectOption({ index: 1 });
  await second.getByLabel("Да", { exact: true }).check();
  await page.getByRole("button", { name: "Сохранить опрос" }).click();
  await expect(page).toHaveURL(/\/console\/surveys\/[0-9a-f-]{36}$/);
  const surveyId = page.url().split("/").at(-1)!;

  await page.getByRole("button", { name: "Открыть и разослать приглашения" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Идёт");

  // The member in the region gets the personal link; the member outside it gets nothing.
  const invitation = await waitForEmail({
    to: inside.email,
    subject: `Опрос Клуба клиентов: ${title}`,
    timeoutMs: 30_000,
  });
  const link = invitation.links.find((href) => href.includes("/survey/"));
  expect(link, "the email carries the personal link").toBeTruthy();
  expect(await sql(`SELECT 1 FROM "OutboxMessage" WHERE "to" = $1`, [outside.email])).toHaveLength(0);

  // Four earlier answers from the region, so the results clear the five-response privacy threshold.
  const questions = await sql<{ id: string }>(
    `SELECT "id" FROM "SurveyQuestion" WHERE "surveyId" = $1 ORDER BY "position"`,
    [surveyId],
  );
  for (let index = 0; index < 4; index++) {
    await sql(
      `INSERT INTO "SurveyResponse" ("id", "surveyId", "status", "answers", "region", "submittedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'SUBMITTED', $2, $3, now(), now())`,
      [surveyId, JSON.stringify({ [questions[0].id]: "o2" }), region],
    );
  }

  // The member answers without signing in.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto(link!);
  await expect(member.getByRole("heading", { name: title })).toBeVisible();
  const remembered = member.getByLabel("Что вам запомнилось?");
  await expect(remembered).toBeHidden();
  await member.getByLabel("Нет", { exact: true }).check();
  await expect(remembered).toBeHidden();
  await member.getByLabel("Да", { exact: true }).check();
  await expect(remembered).toBeVisible();
  const answer = `Вежливый оператор ${randomBytes(2).toString("hex")}`;
  await remembered.fill(answer);
  await expect(member.getByTestId("draft-state")).toHaveText("Черновик сохранён");

  // A reload keeps the draft.
  await member.reload();
  await expect(member.getByLabel("Да", { exact: true })).toBeChecked();
  await expect(member.getByLabel("Что вам запомнилось?")).toHaveValue(answer);

  await member.getByRole("button", { name: "Отправить ответы" }).dblclick();
  await expect(member.getByTestId("survey-points")).toHaveText(/^Вам начислено баллов: [1-9]\d*\./);
  await member.reload();
  await expect(member.getByText("Вы уже ответили на этот опрос")).toBeVisible();
  expect(
    await sql(`SELECT 1 FROM "SurveyResponse" WHERE "surveyId" = $1 AND "memberId" = $2`, [surveyId, inside.id]),
  ).toHaveLength(1);
  await memberContext.close();

  // Results: the answer is there, and in the CSV download.
  await page.goto(`/console/surveys/${surveyId}/results`);
  await expect(page.getByTestId("results-count")).toHaveText("Ответов: 5");
  await expect(page.getByText(answer)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Скачать ответы (CSV)" }).click(),
  ]);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv).toContain("Что вам запомнилось?");
  expect(csv).toContain(answer);
});

/** An open survey of one required NPS question, with an invitation for the member (its link is not needed here). */
async function openSurveyFor(memberId: string, closesAt: Date | null) {
  const title = `Рекомендация ${randomBytes(3).toString("hex")}`;
  const [survey] = await sql<{ id: string }>(
    `INSERT INTO "Survey" ("id", "title", "status", "segment", "opensAt", "closesAt", "publishedAt", "createdById", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'OPEN', '{}', now(), $2, now(), gen_random_uuid(), now()) RETURNING "id"`,
    [title, closesAt],
  );
  await sql(
    `INSERT INTO "SurveyQuestion" ("id", "surveyId", "position", "kind", "text", "isRequired", "options")
     VALUES (gen_random_uuid(), $1, 1, 'NPS', 'Порекомендуете ли вы Почту друзьям?', true, '[]')`,
    [survey.id],
  );
  await sql(
    `INSERT INTO "SurveyInvitation" ("id", "surveyId", "memberId", "tokenHash") VALUES (gen_random_uuid(), $1, $2, $3)`,
    [survey.id, memberId, randomBytes(32).toString("hex")],
  );
  return { id: survey.id, title };
}

test("a member answers a survey waiting in their account; a closed one says it takes no more answers", async ({
  page,
}) => {
  const member = await createMember("Нина");
  const open = await openSurveyFor(member.id, null);
  const closed = await openSurveyFor(member.id, new Date(Date.now() - 60_000));
  await signInMember(page.request, member);

  await page.goto("/account");
  const waiting = page.getByRole("region", { name: "Опросы для вас" });
  await expect(waiting.getByRole("link", { name: closed.title })).toHaveCount(0);
  await waiting.getByRole("link", { name: open.title }).click();
  await expect(page.getByRole("heading", { name: open.title })).toBeVisible();

  await page.getByRole("button", { name: "Отправить ответы" }).click();
  await expect(page.getByText("Ответьте на этот вопрос")).toBeVisible();
  await page.getByText("9", { exact: true }).click();
  await page.getByRole("button", { name: "Отправить ответы" }).click();
  await expect(page.getByTestId("survey-points")).toContainText("Вам начислено баллов:");

  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Опросы для вас" })).toContainText("Сейчас опросов для вас нет.");
  await page.goto(`/surveys/${closed.id}`);
  await expect(page.getByText("Опрос завершён, ответы больше не принимаются.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Отправить ответы" })).toHaveCount(0);
});
