-- The reports (lib/reports) count a period's cases by one column or another: over a year that is most of the
-- table, and reading the rows themselves costs as much as the counting. These indexes hold, beside the moment
-- that puts a case in a report's period, every column the reports read, so they are answered from the index
-- alone (an index-only scan reads about a third of what a scan of the table does, and a real case's text
-- makes the table wider still).

-- Filed in the period: volumes (topic, region, office, channel, week), on time, answer times, office ratings,
-- overdue.
CREATE INDEX "case_report_created_idx" ON "Case" ("createdAt") INCLUDE (
  "mergedIntoId", "type", "status", "channel", "topicId", "officePostcode", "region", "dueAt", "pausedAt",
  "answeredAt", "firstRepliedAt", "ratingScore"
);

-- Answered in the period and rated: the satisfaction reports and the answer ratings. Only rated answers.
CREATE INDEX "case_report_rated_idx" ON "Case" ("answeredAt") INCLUDE (
  "answerRating", "mergedIntoId", "type", "answeredById", "officePostcode", "topicId"
) WHERE "answerRating" IS NOT NULL;

-- Forwarded, left unanswered, correspondence ended: the outcomes report, a few cases in a hundred.
CREATE INDEX "case_report_outcome_idx" ON "Case" ("createdAt") INCLUDE (
  "mergedIntoId", "type", "status", "officePostcode", "registeredAt", "closedAt"
) WHERE "status" IN ('FORWARDED', 'LEFT_UNANSWERED', 'CORRESPONDENCE_ENDED');
