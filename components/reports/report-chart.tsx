"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { useTextFormat } from "@/components/i18n/texts";
import type { TChartSpec } from "@/lib/reports/chart-spec";

const COLOURS = ["#0a58b4", "#e07b00"];

/**
 * A bar chart of a report. It repeats the table next to it, which is the text alternative: the figure is
 * labelled as such and screen readers skip the drawing itself.
 */
export function ReportChart({ spec, label }: { spec: TChartSpec; label: string }) {
  const isVertical = !spec.isTimeline && spec.data.length > 8;
  const format = useTextFormat();
  // Figures as the table beside the chart writes them: the page's decimal comma, at most two decimals.
  const figure = (value: unknown) =>
    typeof value === "number" ? format.number(value, { maximumFractionDigits: 2 }) : String(value ?? "");
  return (
    <figure aria-label={label} className="w-full" data-chart>
      <div aria-hidden="true" style={{ height: isVertical ? Math.max(240, spec.data.length * 28 + 60) : 288 }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 288 }}>
          <BarChart
            data={spec.data}
            layout={isVertical ? "vertical" : "horizontal"}
            accessibilityLayer={false}
            margin={{ left: 8, right: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            {isVertical ? (
              <>
                <XAxis type="number" allowDecimals={!spec.isWhole} tickFormatter={figure} />
                <YAxis type="category" dataKey="label" width={160} tick={{ fontSize: 12 }} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={!spec.isWhole} tickFormatter={figure} />
              </>
            )}
            <Tooltip formatter={figure} />
            {spec.series.length > 1 ? <Legend /> : null}
            {spec.series.map((series, index) => (
              <Bar
                key={series.key}
                dataKey={series.key}
                name={series.name}
                fill={COLOURS[index % COLOURS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
