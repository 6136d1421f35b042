/** What a report's chart draws: one bar per row of `data` for each series, labelled by `label`. */
export type TChartSpec = {
  data: ({ label: string } & Record<string, string | number>)[];
  series: { key: string; name: string }[];
};
