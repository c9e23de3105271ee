"use client";

import { useRouter } from "next/navigation";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { SEND_OUTCOMES, outcomeLabels } from "@/lib/vocabulary/sends";
import { historyHref } from "@/lib/history/filter-schema";
import type { DayCounts } from "@/lib/overview/overview-data";
import { outcomeColors } from "./outcome-colors";

const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });

const axisTick = { fontSize: 12, fill: "currentColor" };

/**
 * Sends per day, stacked by outcome. Clicking a bar opens that day's sends with that outcome in
 * History; the table below offers the same links to keyboard and screen-reader users.
 */
export function SendsPerDayChart({ days }: { days: DayCounts[] }) {
  const router = useRouter();
  const data = days.map((d) => ({ ...d, label: shortDay(d.day) }));
  return (
    // Hidden from assistive technology (the table below says the same), so nothing inside may
    // take focus: recharts' keyboard layer is off. Axis and grid colours follow the theme.
    <div aria-hidden className="h-72 w-full text-slate-600">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--color-slate-200)" />
          <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" />
          <YAxis tick={axisTick} allowDecimals={false} width={56} />
          <Tooltip
            contentStyle={{
              background: "var(--color-white)",
              borderColor: "var(--color-slate-200)",
            }}
            cursor={{ fill: "var(--color-slate-100)" }}
          />
          <Legend itemSorter={null} />
          {SEND_OUTCOMES.filter((o) => o !== "pending" || days.some((d) => d.pending > 0)).map(
            (outcome) => (
              <Bar
                key={outcome}
                dataKey={outcome}
                name={outcomeLabels[outcome]}
                stackId="sends"
                fill={outcomeColors[outcome]}
                cursor="pointer"
                isAnimationActive={false}
                onClick={(_, index) => {
                  const day = days[index]?.day;
                  if (day) router.push(historyHref({ from: day, to: day, outcome }));
                }}
              />
            ),
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
