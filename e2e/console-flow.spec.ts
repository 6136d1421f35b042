import { createHash, randomBytes, randomInt } from "node:crypto";

import { sql } from "./support/database";
import { createStaff, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { sendEmailToPortal } from "./support/send-mail";
import { expect, test } from "./support/test";

/** An overdue domestic claim with one applicant, as the public desk would have filed it a month ago. */
async function overdueClaim() {
  const number = `Р-2026-${randomInt(7_000_000, 9_999_999)}`;
  const email = `claimant-${randomBytes(4).toString("hex")}@mail.example`;
  const token = randomBytes(32).toString("base64url");
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Case" ("id", "number", "type", "status", "applicantName", "applicantEmail", "officePostcode", "region",
       "trackingNumber", "text", "dueAt", "deadlineRule", "createdAt", "registeredAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'CLAIM', 'IN_PROGRESS', 'Волкова Светлана', $2, '630099', 'Новосибирская область',
       '63009999012346', 'Бандероль не дошла до получателя', now() - interval '2 days', 'CLAIM_DOMESTIC',
       now() - interval '32 days', now() - interval '32 days', now())
     RETURNING "id"`,
    [number, email],
  );
  await sql(
    `INSERT INTO "CaseApplicant" ("id", "caseId", "isPrimary", "role", "lastName", "firstName", "email", "locale",
       "statusTokenHash", "consentPolicyVersion", "consentAt")
     VALUES (gen_random_uuid(), $1, true, 'SENDER', 'Волкова', 'Светлана', $2, 'ru', $3, '2026-09-01', now())`,
    [row.id, email, createHash("sha256").update(token).digest("hex")],
  );
  await sql(
    `INSERT INTO "CaseEvent" ("id", "caseId", "kind", "isPublic", "createdAt") VALUES (gen_random_uuid(), $1, 'FILED', true, now() - interval '32 days')`,
    [row.id],
  );
  return { number, email, token };
}

test("an operator finds an overdue claim, takes it, answers from a template, and the customer's email reply lands in the case @desktop", async ({
  page,
  browser,
}) => {
  const claim = await overdueClaim();
  const operator = await createStaff("OPERATOR");
  await signInStaff(page.request, operator);

  // The inbox, filtered to overdue claims through its form; the filters travel in the URL.
  await page.goto("/console/cases");
  const filters = page.getByRole("search");
  await filters.getByText("Фильтры", { exact: true }).click();
  await filters.getByLabel("Вид").selectOption({ label: "Розыск" });
  await filters.getByLabel("Срок", { exact: true }).selectOption({ label: "Просрочено" });
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/type=CLAIM/);
  await expect(page).toHaveURL(/due=overdue/);
  await page.getByRole("link", { name: claim.number }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(claim.number);

  // Take it.
  const triage = page.getByTestId("triage-form");
  await triage.getByLabel("Исполнитель").selectOption({ label: operator.name });
  await triage.getByRole("button", { name: "Сохранить" }).click();
  await expect(triage.getByRole("status")).toContainText("Сохранено");

  // Answer from the template; the case becomes answered.
  const reply = page.getByTestId("reply-form");
  await reply.getByLabel("Шаблон").selectOption({ label: "Розыск отправления начат" });
  await expect(page.getByTestId("reply-preview")).toContainText("63009999012346");
  await reply.getByLabel("После отправки").selectOption({ label: "Дан ответ" });
  await reply.getByRole("button", { name: "Отправить ответ" }).click();
  await expect(reply.getByRole("status").filter({ hasText: "Ответ отправлен" })).toBeVisible();
  await expect(page.getByTestId("case-status")).toHaveText("Дан ответ");

  // The email arrives, with the case's reply address and the applicant's page.
  const email = await waitForEmail({ to: claim.email, subject: /^Розыск отправления/ });
  expect(email.subject).toContain(claim.number);
  expect(email.text).toContain("начат розыск отправления 63009999012346");
  const statusLink = email.links.find((href) => href.includes("/status/"))!;

  // The applicant's status page shows the answer.
  const customer = await browser.newContext();
  const customerPage = await customer.newPage();
  await customerPage.goto(statusLink);
  await expect(customerPage.getByTestId("case-status")).toHaveText("Дан ответ");
  await expect(customerPage.getByText("начат розыск отправления 63009999012346")).toBeVisible();
  await customer.close();

  // The customer replies by email, quoting the answer; the reply (without the quote) lands in the case.
  const [{ replyToken }] = await sql<{ replyToken: string }>(`SELECT "replyToken" FROM "Case" WHERE "number" = $1`, [
    claim.number,
  ]);
  expect(replyToken).toMatch(/^[a-z0-9]{20}$/);
  await sendEmailToPortal({
    from: claim.email,
    to: `reply+${replyToken}@portal.example`,
    subject: `Re: ${email.subject}`,
    text: "Спасибо! Получатель живёт по новому адресу: ул. Ленина, 5.\n\n> Здравствуйте, Светлана Волкова!\n> По вашему заявлению начат розыск.",
  });
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("case-history")).toContainText("Получатель живёт по новому адресу: ул. Ленина, 5.", {
      timeout: 1_000,
    });
  }).toPass({ timeout: 30_000 });
  // The quote is kept apart from the customer's words: folded under its own heading for staff.
  await expect(page.getByTestId("case-history")).toContainText("Цитата из письма");
  const [comment] = await sql<{ body: string }>(
    `SELECT e."body" FROM "CaseEvent" e JOIN "Case" c ON c."id" = e."caseId" WHERE c."number" = $1 AND e."kind" = 'APPLICANT_COMMENT'`,
    [claim.number],
  );
  expect(comment.body).toBe("Спасибо! Получатель живёт по новому адресу: ул. Ленина, 5.");
});
