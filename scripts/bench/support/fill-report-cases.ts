/**
 * Generated cases for the reports' benchmark: what the report queries read, with a lifecycle that looks like
 * a desk's — older cases mostly answered and closed (some late, some forwarded, left unanswered or ended),
 * the last weeks' still open (some waiting for the customer, some overdue), answers rated, offices rated.
 * The cases are spread evenly over the last `spanDays` days, so a larger fill is a busier desk, not a longer
 * history. Every figure is a function of the row's number alone: the same fill gives the same reports.
 */
import type { PrismaClient } from "../../../lib/generated/prisma/client";

const TOPICS = 20;
const OFFICES = 1000;
const STAFF = 60;
/** Rows per INSERT, so the foreign keys' checks of one statement stay small. */
const CHUNK = 250_000;

/** A well-mixed number 0…999 from the row's number and a salt (PostgreSQL's own integer hash). */
const mix = (salt: number) => `((hashint4(i * 4 + ${salt}) & 2147483647) % 1000)`;

export async function fillReportCases(db: PrismaClient, total: number, spanDays = 455): Promise<void> {
  await db.$executeRawUnsafe(`
    INSERT INTO "Office" ("postcode", "name", "type", "region", "updatedAt")
    SELECT lpad((100000 + i)::text, 6, '0'), 'Отделение ' || i, 'ОПС', 'Регион ' || (i % 80), now()
    FROM generate_series(0, ${OFFICES - 1}) AS i
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Topic" ("id", "code", "nameRu", "nameEn", "sortOrder")
    SELECT md5('topic' || i)::uuid, 'bench-' || i, 'Тема ' || i, 'Topic ' || i, i
    FROM generate_series(0, ${TOPICS - 1}) AS i
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(`
    INSERT INTO "StaffUser" ("id", "email", "name", "role", "updatedAt")
    SELECT md5('staff' || i)::uuid, 'staff' || i || '@bench.example', 'Сотрудник ' || i, 'OPERATOR', now()
    FROM generate_series(0, ${STAFF - 1}) AS i
    ON CONFLICT DO NOTHING`);
  // Building the table's indexes once after the rows is several times faster than keeping ~20 of them (one a
  // full-text GIN) up to date row by row; the definitions are read back from the catalogue, so the same
  // indexes, the reports' included, are there at the end. Those behind constraints (keys, unique) stay.
  const indexes = await db.$queryRawUnsafe<{ name: string; definition: string }[]>(`
    SELECT i.relname AS "name", pg_get_indexdef(i.oid) AS "definition"
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
    WHERE x.indrelid = '"Case"'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid)`);
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  for (let from = 1; from <= total; from += CHUNK) {
    const to = Math.min(total, from + CHUNK - 1);
    await db.$executeRawUnsafe(`
      WITH base AS (
        SELECT i, now() - make_interval(days => ${spanDays}) + make_interval(days => ${spanDays}) * (i::float8 / ${total}) AS created,
          (ARRAY['COMPLAINT','COMPLAINT','COMPLAINT','COMPLAINT','COMPLAINT','CLAIM','CLAIM','RATING','RATING','QUEUE_REPORT'])[1 + i % 10]::"CaseType" AS type,
          ${mix(1)} AS h1, ${mix(2)} AS h2, ${mix(3)} AS h3
        FROM generate_series(${from}, ${to}) AS i
      ), lived AS (
        SELECT *, now() - created AS age,
          CASE
            WHEN type = 'RATING' THEN CASE WHEN h1 < 900 THEN 'CLOSED' ELSE 'NEW' END
            WHEN now() - created < interval '35 days' THEN
              (ARRAY['NEW','REGISTERED','IN_PROGRESS','IN_PROGRESS','WAITING_FOR_CUSTOMER','ANSWERED','ANSWERED','CLOSED','CLOSED','FORWARDED'])[1 + h1 % 10]
            WHEN h1 < 15 THEN 'IN_PROGRESS'
            WHEN h1 < 20 THEN 'REOPENED'
            WHEN h1 < 50 THEN 'FORWARDED'
            WHEN h1 < 60 THEN 'LEFT_UNANSWERED'
            WHEN h1 < 70 THEN 'CORRESPONDENCE_ENDED'
            WHEN h1 < 200 THEN 'ANSWERED'
            ELSE 'CLOSED'
          END::"CaseStatus" AS status
        FROM base
      ), timed AS (
        SELECT *,
          CASE WHEN type IN ('COMPLAINT','CLAIM') THEN created + interval '30 days'
            WHEN type = 'QUEUE_REPORT' THEN created + interval '3 days' END AS due,
          CASE WHEN status IN ('ANSWERED','CLOSED','REOPENED') AND type <> 'RATING'
            THEN least(now(), created + make_interval(hours => 2 + (h2 * 7 + h3) % 900)) END AS answered,
          CASE WHEN status NOT IN ('NEW','REGISTERED') AND type <> 'RATING'
            THEN least(now(), created + make_interval(hours => 1 + h2 % 90)) END AS replied
        FROM lived
      )
      INSERT INTO "Case" ("id", "number", "type", "status", "channel", "priority", "topicId", "applicantName",
        "applicantEmail", "text", "officePostcode", "region", "assigneeId", "registeredAt", "dueAt",
        "ratingScore", "answerRating", "answerRatedAt", "pausedAt", "mergedIntoId", "firstRepliedAt",
        "answeredAt", "answeredById", "closedAt", "createdAt", "updatedAt")
      SELECT md5('case' || i)::uuid,
        (ARRAY['Ж','Р','О','Ч'])[1 + i % 4] || '-' || lpad(i::text, 8, '0'),
        type, status,
        (ARRAY['WEB','WEB','WEB','API','EMAIL'])[1 + h3 % 5]::"CaseChannel",
        (ARRAY['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + h2 % 5]::"CasePriority",
        CASE WHEN type IN ('COMPLAINT','CLAIM') AND h3 % 10 > 0 THEN md5('topic' || (h2 % ${TOPICS}))::uuid END,
        'Заявитель ' || i, 'applicant' || i || '@mail.example', 'Обращение ' || md5(i::text),
        lpad((100000 + (h1 * 7 + h2) % ${OFFICES})::text, 6, '0'), 'Регион ' || ((h1 * 7 + h2) % ${OFFICES} % 80),
        CASE WHEN status <> 'NEW' THEN md5('staff' || (h3 % ${STAFF}))::uuid END,
        CASE WHEN status <> 'NEW' THEN created + interval '20 hours' END,
        due,
        CASE WHEN type = 'RATING' THEN 1 + h2 % 5 END,
        CASE WHEN answered IS NOT NULL AND h3 < 450 THEN 1 + (h2 + h3) % 5 END,
        CASE WHEN answered IS NOT NULL AND h3 < 450 THEN answered + interval '2 days' END,
        CASE WHEN status = 'WAITING_FOR_CUSTOMER' THEN created + interval '4 days' END,
        CASE WHEN i % 250 = 0 AND i > 1 THEN md5('case' || (i - 1))::uuid END,
        replied, answered,
        CASE WHEN answered IS NOT NULL THEN md5('staff' || ((h2 + h3) % ${STAFF}))::uuid END,
        CASE WHEN status = 'CLOSED' AND answered IS NOT NULL THEN answered + interval '3 days'
          WHEN status = 'CLOSED' THEN created + interval '1 day'
          WHEN status IN ('FORWARDED','LEFT_UNANSWERED','CORRESPONDENCE_ENDED') THEN created + make_interval(days => 1 + h2 % 10) END,
        created, now()
      FROM timed`);
  }
  await db.$executeRawUnsafe(`SET maintenance_work_mem = '256MB'`);
  for (const index of indexes) await db.$executeRawUnsafe(index.definition);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Case"`);
}
