-- The inbox's region filter with a status (e.g. a region's closed cases): its capped count read every case of
-- the region from the heap to test the status (at 5,000,000 cases 65,000 rows for 10,001 counted); by region
-- and status it counts from the index alone.
CREATE INDEX "case_region_status_idx" ON "Case"("region", "status");

-- The planner's statistics of the stored search words (migration 20261205020100_case_search_vector): without
-- them it would guess how common a word is, and the inbox chooses between walking the date order and reading
-- the GIN index by that estimate.
ANALYZE "Case";
