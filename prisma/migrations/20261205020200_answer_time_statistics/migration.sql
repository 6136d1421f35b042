-- The answer times report (lib/reports/duration-percentiles.ts) first counts a period's cases by type and by
-- the buckets of their time to the first reply and to the answer: a few thousand groups. Without statistics on
-- those bucket expressions the planner takes each case for a group of its own, and so counts them in one
-- process instead of splitting the count between parallel workers (a year at a million cases: about three
-- times as long). These are statistics only, gathered by ANALYZE (autovacuum's, or the benchmark's after its
-- fill): nothing is kept up to date on a write.
-- The expressions must stay spelt exactly as the report spells them, or the planner does not match them.
CREATE STATISTICS "case_answer_time_buckets" (ndistinct) ON
  "type",
  (CASE WHEN "firstRepliedAt" IS NOT NULL
    THEN floor(40 * ln(1 + 60 * greatest((date_part('epoch', "firstRepliedAt" - "createdAt") / 3600), 0))) END),
  (CASE WHEN "answeredAt" IS NOT NULL
    THEN floor(40 * ln(1 + 60 * greatest((date_part('epoch', "answeredAt" - "createdAt") / 3600), 0))) END)
FROM "Case";
