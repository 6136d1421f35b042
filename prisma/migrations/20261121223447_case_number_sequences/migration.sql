-- Case numbers come from one sequence per series (type and year), e.g. case_number_complaint_2026: taking a
-- number locks nothing, so filings never wait for one another. A filing that fails leaves its number unused.

-- The next number of a series; its sequence is made at the series' first use (a new year), also when two
-- filings start it at the same moment.
CREATE FUNCTION "next_case_number"(series text) RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
  RETURN nextval(series::regclass);
EXCEPTION WHEN undefined_table THEN
  BEGIN
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', series);
  EXCEPTION WHEN unique_violation THEN
    NULL;
  END;
  RETURN nextval(series::regclass);
END
$$;

-- Series already begun carry on from their last number.
DO $$
DECLARE
  counter record;
BEGIN
  FOR counter IN SELECT "prefix", "year", "value" FROM "CaseCounter" WHERE "value" > 0 LOOP
    EXECUTE format(
      'CREATE SEQUENCE %I START WITH %s',
      'case_number_' || CASE counter."prefix" WHEN 'Ж' THEN 'complaint' WHEN 'Р' THEN 'claim' WHEN 'О' THEN 'rating' ELSE 'queue_report' END
        || '_' || counter."year",
      counter."value" + 1
    );
  END LOOP;
END
$$;

DROP TABLE "CaseCounter";
