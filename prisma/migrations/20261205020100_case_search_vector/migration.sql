-- The inbox's full-text search over a stored tsvector instead of an expression index. With the expression,
-- every row a plan tests without the GIN index (walking the date order for a common word's newest matches,
-- counting them, an office head's cases) had its text parsed and stemmed again; stored, a test is a lookup in
-- the row. The expression is the former index's, word for word (lib/inbox/where-sql.ts matches the column).
-- Prisma knows the column as Unsupported("tsvector") and never writes it: PostgreSQL computes it on every
-- insert and update of the columns it reads.
ALTER TABLE "Case" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('russian'::regconfig,
    "number" || ' ' || "applicantName" || ' ' || "applicantEmail" || ' ' || coalesce("trackingNumber", '') || ' ' || "text")
) STORED;

DROP INDEX "case_search_idx";
CREATE INDEX "case_search_idx" ON "Case" USING GIN ("searchVector");
