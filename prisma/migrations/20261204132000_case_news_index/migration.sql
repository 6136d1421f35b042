-- The inbox's "new from the customer" view: a small partial index, since few cases carry the mark at a time.
CREATE INDEX "case_customer_news_idx" ON "Case"("customerNewsAt") WHERE "customerNewsAt" IS NOT NULL;

-- The seeded answer template answers the case.
UPDATE "ReplyTemplate" SET "nextStatus" = 'ANSWERED' WHERE "code" = 'complaint-answered' AND "nextStatus" IS NULL;
