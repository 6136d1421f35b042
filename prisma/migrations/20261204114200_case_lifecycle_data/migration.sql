-- Earlier history in the event kinds of the lifecycle: escalations were written as status changes with an
-- "escalated" mark, triage and merges as internal notes with data.action.
UPDATE "CaseEvent" SET "kind" = 'PRIORITY_CHANGED'
  WHERE "kind" = 'STATUS_CHANGED' AND "data" ? 'escalated';
UPDATE "CaseEvent" SET "kind" = 'TRIAGED'
  WHERE "kind" = 'INTERNAL_NOTE' AND "data"->>'action' = 'TRIAGE';
UPDATE "CaseEvent" SET "kind" = 'MERGED'
  WHERE "kind" = 'INTERNAL_NOTE' AND "data"->>'action' IN ('MERGED', 'MERGED_INTO');

-- Office ratings are feedback: no legal term, so no deadline and no place in the on-time figures.
UPDATE "Case" SET "dueAt" = NULL, "registerBy" = NULL, "deadlineRule" = 'NONE' WHERE "type" = 'RATING';

-- A request for information waits for the customer.
UPDATE "ReplyTemplate" SET "nextStatus" = 'WAITING_FOR_CUSTOMER' WHERE "code" = 'request-details';

-- Who answered: the staff member who moved the case to ANSWERED.
UPDATE "Case" c SET "answeredById" = e."staffId"
FROM (
  SELECT DISTINCT ON ("caseId") "caseId", "staffId" FROM "CaseEvent"
  WHERE "kind" = 'STATUS_CHANGED' AND "data"->>'to' = 'ANSWERED' AND "staffId" IS NOT NULL
  ORDER BY "caseId", "createdAt" DESC
) e
WHERE c."id" = e."caseId" AND c."answeredById" IS NULL;
