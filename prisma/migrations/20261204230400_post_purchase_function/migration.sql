-- Posting a purchase for points in one round trip (lib/loyalty/post-purchase.ts calls it). It was eight
-- statements in a transaction (begin, the member's lock, the purchase, the rule, the limits, the entry, the
-- balance, commit), each a round trip on the purchase's hot path. One statement cannot do it: every part of
-- a statement reads the snapshot taken when it began, so the limits and the balance would miss what a
-- concurrent purchase of the same member committed while this one waited for the member's lock. A function's
-- statements each read a snapshot of their own (it is VOLATILE), taken after the lock is held.
--
-- It applies the rules of lib/loyalty in SQL: points are floor(roubles / 100) × the oldest active rule's rate
-- (postPurchase), capped by what the member earned under the rule since the day's and the month's start
-- (capByLimits; the starts come from the caller, computed by operator-day-sql.ts), lapsing after the rule's
-- calendar months clamped to the month's end (expiryDate: timestamp + interval does the same clamping).
-- lib/loyalty/*.integration.test.ts hold both to the same figures.
--
-- It answers with one JSON value, so that it can be a column of the API key's statement (post-purchase.ts):
-- "outcome" NEW, REPLAY (posted before with the same card, amount and category), CONFLICT (the same
-- externalId with another card, amount or category) or NOT_FOUND (no such card, or the member left); for
-- NEW and REPLAY also the purchase's "purchaseId", its "points" and the member's "balance".
CREATE FUNCTION "post_purchase"(
  external_id text,
  card_number text,
  amount_kopecks integer,
  purchase_category text,
  office_postcode text,
  purchased_at timestamp,
  day_start timestamp,
  month_start timestamp
) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  found_member record;
  found_rule record;
  earned record;
  earlier record;
  awarded integer := 0;
  entry_id uuid;
  purchase_id uuid;
BEGIN
  -- Every write to a member's ledger takes the member's row lock first (lib/loyalty/ledger.ts).
  SELECT m.id, m.status INTO found_member FROM "Member" m WHERE m."cardNumber" = card_number FOR UPDATE;
  IF NOT FOUND OR found_member.status = 'LEFT' THEN
    RETURN jsonb_build_object('outcome', 'NOT_FOUND');
  END IF;

  -- The points first, so that the purchase is written once, already linked to its entry (an update of the
  -- purchase would write its row and its indexes a second time). A replay computes them for nothing.
  SELECT r.id, r."pointsPer100Rub", r."dailyLimit", r."monthlyLimit", r."expiryMonths" INTO found_rule
  FROM "PointsRule" r
  WHERE r.kind = 'PURCHASE' AND r.subject = purchase_category AND r."isActive"
  ORDER BY r."createdAt" LIMIT 1;
  IF FOUND AND found_rule."pointsPer100Rub" IS NOT NULL THEN
    awarded := (amount_kopecks / 10000) * found_rule."pointsPer100Rub";
    IF awarded > 0 AND (found_rule."dailyLimit" IS NOT NULL OR found_rule."monthlyLimit" IS NOT NULL) THEN
      SELECT COALESCE(SUM(e.points) FILTER (WHERE e."createdAt" >= day_start), 0) AS today,
             COALESCE(SUM(e.points), 0) AS month INTO earned
      FROM "PointsEntry" e
      WHERE e."memberId" = found_member.id AND e."ruleId" = found_rule.id AND e.kind = 'EARN'
        AND e."createdAt" >= month_start;
      IF found_rule."dailyLimit" IS NOT NULL THEN
        awarded := LEAST(awarded, found_rule."dailyLimit" - earned.today);
      END IF;
      IF found_rule."monthlyLimit" IS NOT NULL THEN
        awarded := LEAST(awarded, found_rule."monthlyLimit" - earned.month);
      END IF;
    END IF;
  END IF;
  IF awarded > 0 THEN
    entry_id := gen_random_uuid();
  ELSE
    awarded := 0;
  END IF;

  -- ON CONFLICT waits for a concurrent insert of the same externalId to commit, then inserts nothing.
  INSERT INTO "Purchase" (id, "externalId", "memberId", "amountKopecks", category, "officePostcode", "purchasedAt",
                          "pointsEntryId")
  VALUES (gen_random_uuid(), external_id, found_member.id, amount_kopecks, purchase_category, office_postcode,
          purchased_at, entry_id)
  ON CONFLICT ("externalId") DO NOTHING
  RETURNING id INTO purchase_id;

  IF purchase_id IS NULL THEN
    SELECT p.id, p."memberId", p."amountKopecks", p.category, COALESCE(e.points, 0) AS points INTO earlier
    FROM "Purchase" p LEFT JOIN "PointsEntry" e ON e.id = p."pointsEntryId"
    WHERE p."externalId" = external_id;
    IF earlier."memberId" <> found_member.id OR earlier."amountKopecks" <> amount_kopecks
       OR earlier.category <> purchase_category THEN
      RETURN jsonb_build_object('outcome', 'CONFLICT');
    END IF;
    RETURN jsonb_build_object('outcome', 'REPLAY', 'purchaseId', earlier.id, 'points', earlier.points, 'balance',
      (SELECT COALESCE(SUM(e.points), 0) FROM "PointsEntry" e WHERE e."memberId" = found_member.id));
  END IF;

  IF entry_id IS NOT NULL THEN
    INSERT INTO "PointsEntry" (id, "memberId", kind, points, reason, source, reference, "ruleId", "expiresAt", "createdAt")
    VALUES (entry_id, found_member.id, 'EARN', awarded, 'Purchase ' || external_id, 'purchase', purchase_id::text,
            found_rule.id,
            CASE WHEN found_rule."expiryMonths" <> 0
              THEN (now() AT TIME ZONE 'UTC') + make_interval(months => found_rule."expiryMonths") END,
            now() AT TIME ZONE 'UTC');
  END IF;

  RETURN jsonb_build_object('outcome', 'NEW', 'purchaseId', purchase_id, 'points', awarded, 'balance',
    (SELECT COALESCE(SUM(e.points), 0) FROM "PointsEntry" e WHERE e."memberId" = found_member.id));
END
$$;
