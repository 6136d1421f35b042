"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { useTextFormat } from "@/components/i18n/texts";

/**
 * A question's answers as bars. The table beside it is the text alternative: the figure is labelled and
 * screen readers skip the drawing.
 */
export function ResultsChart({ data, label }: { data: { label: string; count: number }[]; label: string }) {
  const isVertical = data.length > 6 && data.some((item) => item.label.length > 3);
  const format = useTextFormat();
  // Counts as the table beside the chart writes them («1 200», not "1200").
  const figure = (value: unknown) => (typeof value === "number" ? format.number(value) : String(value ?? ""));
  return (
    <figure aria-label={label} className="w-full" data-chart>
      <div aria-hidden="true" style={{ height: isVertical ? Math.max(200, data.length * 28 + 60) : 240 }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 240 }}>
          <BarChart
            data={data}
            layout={isVertical ? "vertical" : "horizontal"}
            accessibilityLayer={false}
            margin={{ left: 8, right: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            {isVertical ? (
              <>
                <XAxis type="number" allowDecimals={false} tickFormatter={figure} />
                <YAxis type="category" dataKey="label" width={160} tick={{ fontSize: 12 }} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} tickFormatter={figure} />
              </>
            )}
            <Tooltip formatter={figure} />
            <Bar dataKey="count" fill="#0a58b4" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
