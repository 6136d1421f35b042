/** What a report's chart draws: one bar per row of `data` for each series, labelled by `label`. */
export type TChartSpec = {
  data: ({ label: string } & Record<string, string | number>)[];
  series: { key: string; name: string }[];
  /** Counts: the axis shows whole numbers only. */
  isWhole?: boolean;
  /** A time line (weeks): always upright columns, left to right, however many. */
  isTimeline?: boolean;
};
