// The arithmetic of survey results, kept pure so it is tested on its own.

/** Fewer submitted answers than this in a group and the group's answers are not broken down (privacy). */
export const MIN_GROUP_SIZE = 5;

/** A share in percent with one decimal; nothing of nothing is 0. */
export function percent(part: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((part * 1000) / total) / 10;
}

/** How many answers gave each number: the form in which the database counts a scale's answers. */
export type TCounts = ReadonlyMap<number, number>;

function sumOf(counts: TCounts, weight: (value: number) => number): number {
  let sum = 0;
  for (const [value, count] of counts) sum += weight(value) * count;
  return sum;
}

/** The mean with two decimals, or null without values. */
export function average(counts: TCounts): number | null {
  const total = sumOf(counts, () => 1);
  if (total === 0) return null;
  return Math.round((sumOf(counts, (value) => value) * 100) / total) / 100;
}

export type TNps = { promoters: number; passives: number; detractors: number; total: number; score: number | null };

/** Net Promoter Score: the share of promoters (9–10) minus the share of detractors (0–6), in whole percent. */
export function netPromoterScore(counts: TCounts): TNps {
  const promoters = sumOf(counts, (value) => (value >= 9 ? 1 : 0));
  const detractors = sumOf(counts, (value) => (value <= 6 ? 1 : 0));
  const total = sumOf(counts, () => 1);
  return {
    promoters,
    passives: total - promoters - detractors,
    detractors,
    total,
    score: total === 0 ? null : Math.round(((promoters - detractors) * 100) / total),
  };
}
