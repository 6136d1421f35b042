/**
 * What a report's chart draws: one bar per row of `data` for each series, labelled by `label`. A null value
 * (no case had that figure yet) draws no bar, rather than a misleading zero.
 */
export type TChartSpec = {
  data: ({ label: string } & Record<string, string | number | null>)[];
  series: { key: string; name: string }[];
  /** Counts: the axis shows whole numbers only. */
  isWhole?: boolean;
  /** A time line (weeks): always upright columns, left to right, however many. */
  isTimeline?: boolean;
};
