import { createHash, randomBytes, randomInt } from "node:crypto";

import { sql } from "./database";
import { createMember, createStaff } from "./identities";

/** The seeded demo meeting and draft survey (lib/events/seed-events.ts, lib/surveys/seed-surveys.ts). */
export const DEMO_EVENT = "019a0000-0000-7000-8000-0000000000e1";
export const DEMO_SURVEY = "019a0000-0000-7000-8000-000000000001";

const token = () => randomBytes(32).toString("base64url");
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/**
 * What the pages with a dynamic segment need to show more than an empty state: a member with a card, points,
 * a meeting place, an idea and an answered complaint (with its status link); an open survey with answers
 * enough for its results and a personal link for the member; a purchase import with a bad row; a staff
 * invitation and an unlock link. Fresh rows each call, so parallel workers do not share them.
 */
export async function seedPageData() {
  const admin = await createStaff("ADMIN");
  const member = await createMember("Анна");
  await sql(
    `INSERT INTO "PointsEntry" ("id", "memberId", "kind", "points", "reason", "source") VALUES
       (gen_random_uuid(), $1, 'EARN', 120, 'Покупка в отделении', 'purchase'),
       (gen_random_uuid(), $1, 'ADJUST', 30, 'Компенсация за задержку', 'staff')`,
    [member.id],
  );
  await sql(
    `INSERT INTO "EventRegistration" ("id", "eventId", "memberId", "status", "checkInCode", "acceptedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'ACCEPTED', $3, now(), now())`,
    [DEMO_EVENT, member.id, randomBytes(4).toString("hex").toUpperCase()],
  );
  await sql(
    `INSERT INTO "Idea" ("id", "authorId", "area", "title", "body", "status", "publicAnswer", "answeredAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'OFFICES', $2, 'Табло с номером очереди у входа.', 'PLANNED', 'Спасибо, поставим в план.', now(), now())`,
    [member.id, `Табло очереди ${randomBytes(3).toString("hex")}`],
  );
  return {
    admin,
    member,
    ...(await answeredComplaint(member, admin.id)),
    ...(await openSurvey(member.id, admin.id)),
    importId: await failedImport(admin.id),
    ...(await staffLinks()),
  };
}

/** A complaint the member filed, answered yesterday: its status page, rating page and both case pages. */
async function answeredComplaint(member: { id: string; email: string }, adminId: string) {
  const statusToken = token();
  const number = `Ж-${new Date().getFullYear()}-${randomInt(900_000, 999_999)}`;
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Case" ("id", "number", "type", "status", "topicId", "applicantName", "applicantEmail", "officePostcode",
       "region", "text", "dueAt", "deadlineRule", "createdAt", "registeredAt", "answeredAt", "answeredById", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'COMPLAINT', 'ANSWERED', (SELECT "id" FROM "Topic" ORDER BY "sortOrder" LIMIT 1),
       'Тестова Анна', $2, '101000', 'Москва', 'В отделении работало одно окно из четырёх, очередь 40 минут.',
       now() + interval '20 days', 'APPEAL', now() - interval '5 days', now() - interval '5 days', now() - interval '1 day', $3, now())
     RETURNING "id"`,
    [number, member.email, adminId],
  );
  const [applicant] = await sql<{ id: string }>(
    `INSERT INTO "CaseApplicant" ("id", "caseId", "isPrimary", "role", "lastName", "firstName", "email", "locale",
       "statusTokenHash", "consentPolicyVersion", "consentAt", "memberId")
     VALUES (gen_random_uuid(), $1, true, 'APPLICANT', 'Тестова', 'Анна', $2, 'ru', $3, '2026-09-01', now(), $4)
     RETURNING "id"`,
    [row.id, member.email, sha256(statusToken), member.id],
  );
  await sql(
    `INSERT INTO "CaseEvent" ("id", "caseId", "kind", "isPublic", "body", "data", "applicantId", "staffId", "createdAt") VALUES
       (gen_random_uuid(), $1, 'FILED', true, NULL, '{}', $2, NULL, now() - interval '5 days'),
       (gen_random_uuid(), $1, 'APPLICANT_COMMENT', true, 'Это было в субботу около 11 часов.', '{}', $2, NULL, now() - interval '4 days'),
       (gen_random_uuid(), $1, 'INTERNAL_NOTE', false, 'Проверить график окон.', '{}', NULL, $3, now() - interval '3 days'),
       (gen_random_uuid(), $1, 'PUBLIC_REPLY', true, 'Мы открыли второе окно в часы наплыва.',
         '{"subject": "Ответ на обращение", "templateId": null, "recipients": 1}', NULL, $3, now() - interval '1 day'),
       (gen_random_uuid(), $1, 'STATUS_CHANGED', true, NULL, '{"from": "IN_PROGRESS", "to": "ANSWERED", "via": "reply"}',
         NULL, $3, now() - interval '1 day')`,
    [row.id, applicant.id, adminId],
  );
  return { caseNumber: number, statusToken };
}

/** An open survey of every kind of question, five answers in, and the member's personal link to it. */
async function openSurvey(memberId: string, adminId: string) {
  const [survey] = await sql<{ id: string }>(
    `INSERT INTO "Survey" ("id", "title", "description", "status", "opensAt", "publishedAt", "createdById", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Пять вопросов о последнем посещении.', 'OPEN', now(), now(), $2, now()) RETURNING "id"`,
    [`Посещение отделения ${randomBytes(3).toString("hex")}`, adminId],
  );
  const choices = JSON.stringify([
    { id: "o1", label: "Очередь" },
    { id: "o2", label: "Часы работы" },
  ]);
  const questions = await sql<{ id: string; kind: string }>(
    `INSERT INTO "SurveyQuestion" ("id", "surveyId", "position", "kind", "text", "isRequired", "options") VALUES
       (gen_random_uuid(), $1, 1, 'SINGLE', 'Что важнее всего?', true, $2),
       (gen_random_uuid(), $1, 2, 'MULTIPLE', 'Что вас огорчало?', false, $2),
       (gen_random_uuid(), $1, 3, 'RATING', 'Оцените посещение', false, '{"min": 1, "max": 5, "minLabel": "плохо", "maxLabel": "отлично"}'),
       (gen_random_uuid(), $1, 4, 'NPS', 'Порекомендуете ли вы Почту друзьям?', false, '[]'),
       (gen_random_uuid(), $1, 5, 'TEXT', 'Что нам улучшить?', false, '[]')
     RETURNING "id", "kind"`,
    [survey.id, choices],
  );
  const answer = Object.fromEntries(
    questions.map(({ id, kind }) => [
      id,
      { SINGLE: "o1", MULTIPLE: ["o1", "o2"], RATING: 4, NPS: 9, TEXT: "Больше окон" }[kind],
    ]),
  );
  for (let index = 0; index < 5; index++) {
    await sql(
      `INSERT INTO "SurveyResponse" ("id", "surveyId", "status", "answers", "region", "submittedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'SUBMITTED', $2, 'Москва', now(), now())`,
      [survey.id, JSON.stringify(answer)],
    );
  }
  const surveyToken = token();
  await sql(
    `INSERT INTO "SurveyInvitation" ("id", "surveyId", "memberId", "tokenHash") VALUES (gen_random_uuid(), $1, $2, $3)`,
    [survey.id, memberId, sha256(surveyToken)],
  );
  return { surveyId: survey.id, surveyToken };
}

/** A purchase import refused for one bad row: its page shows the error table. */
async function failedImport(adminId: string) {
  const errors = [{ line: 3, column: "card_number", purchaseId: "csv-1", message: "loyalty.errors.cardNotFound" }];
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "PurchaseImport" ("id", "fileName", "status", "totalRows", "processedRows", "errors", "createdById", "finishedAt")
     VALUES (gen_random_uuid(), 'purchases.csv', 'REJECTED', 3, 3, $1, $2, now()) RETURNING "id"`,
    [JSON.stringify(errors), adminId],
  );
  return row.id;
}

/** An invited operator's open invitation link, and a locked one's unlock link. */
async function staffLinks() {
  const invited = await createStaff("OPERATOR");
  const locked = await createStaff("OPERATOR");
  const [inviteToken, unlockToken] = [token(), token()];
  await sql(
    `INSERT INTO "StaffToken" ("id", "staffId", "purpose", "tokenHash", "expiresAt") VALUES
       (gen_random_uuid(), $1, 'INVITE', $2, now() + interval '1 day'),
       (gen_random_uuid(), $3, 'UNLOCK', $4, now() + interval '1 day')`,
    [invited.id, sha256(inviteToken), locked.id, sha256(unlockToken)],
  );
  return { staffId: locked.id, inviteToken, unlockToken };
}
