-- The inbox's open and deadline views (open, mine, unassigned, overdue, due today, due soon) over millions of
-- cases. Open cases are a small share of all (most are answered or closed), so partial indexes on the open ones
-- stay small. The predicate is the lifecycle's OPEN_WHERE (lib/cases/lifecycle/clock-where.ts, OPEN_STATUSES
-- in statuses.ts) written out: PostgreSQL uses a partial index only when the query's condition implies it, so
-- the two must list the same statuses.

-- Newest first (the inbox's default order) among open cases: the deadline, type and pause are key columns so
-- "overdue", "overdue claims" and "due today" are checked in the index and only matching rows are read.
CREATE INDEX "case_open_created_idx" ON "Case"("createdAt", "dueAt", "type", "pausedAt")
  WHERE "status" IN ('NEW', 'REGISTERED', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'REOPENED') AND "mergedIntoId" IS NULL;

-- By deadline (the overdue view sorted by due date, and the capped counts of the deadline views).
CREATE INDEX "case_open_due_idx" ON "Case"("dueAt", "type", "pausedAt")
  WHERE "status" IN ('NEW', 'REGISTERED', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'REOPENED') AND "mergedIntoId" IS NULL;

-- "Mine" and "unassigned" among open cases, newest first: a staff member's open cases are few, their closed
-- ones many.
CREATE INDEX "case_open_assignee_idx" ON "Case"("assigneeId", "createdAt")
  WHERE "status" IN ('NEW', 'REGISTERED', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'REOPENED') AND "mergedIntoId" IS NULL;

-- Anyone's cases, or the unassigned ones, in any status, newest first and paged deep without sorting them
-- all: with the id (the tie-break of the order) the page's ids come from the index alone. It also serves every
-- lookup case_assignee_idx serves.
CREATE INDEX "case_assignee_created_idx" ON "Case"("assigneeId", "createdAt", "id");

-- The console's sidebar counts the open cases of every office head's offices on every page: open cases by
-- office.
CREATE INDEX "case_open_office_idx" ON "Case"("officePostcode")
  WHERE "status" IN ('NEW', 'REGISTERED', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'REOPENED') AND "mergedIntoId" IS NULL;
