// The arithmetic of survey results, kept pure so it is tested on its own.

/** Fewer submitted answers than this in a group and the group's answers are not broken down (privacy). */
export const MIN_GROUP_SIZE = 5;

/** A share in percent with one decimal; nothing of nothing is 0. */
export function percent(part: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((part * 1000) / total) / 10;
}

/** The mean with two decimals, or null without values. */
export function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) * 100) / values.length) / 100;
}

export type TNps = { promoters: number; passives: number; detractors: number; total: number; score: number | null };

/** Net Promoter Score: the share of promoters (9–10) minus the share of detractors (0–6), in whole percent. */
export function netPromoterScore(values: readonly number[]): TNps {
  const promoters = values.filter((value) => value >= 9).length;
  const detractors = values.filter((value) => value <= 6).length;
  const total = values.length;
  return {
    promoters,
    passives: total - promoters - detractors,
    detractors,
    total,
    score: total === 0 ? null : Math.round(((promoters - detractors) * 100) / total),
  };
}
