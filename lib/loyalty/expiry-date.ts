/**
 * When points earned at `earnedAt` under a rule with `expiryMonths` lapse (null: never). Calendar months in
 * UTC, clamped to the month's end: earned on 31 January with 1 month, they lapse on 28 (29) February.
 * post_purchase (the purchase API's database function) adds the months in SQL, which clamps alike.
 */
export function expiryDate(earnedAt: Date, expiryMonths: number | null | undefined): Date | null {
  if (!expiryMonths) return null;
  const date = new Date(earnedAt);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + expiryMonths);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date;
}
