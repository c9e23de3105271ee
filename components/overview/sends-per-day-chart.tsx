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
import { COMMON_OUTCOMES, SEND_OUTCOMES, outcomeLabels } from "@/lib/vocabulary/sends";
import { historyHref } from "@/lib/history/filter-schema";
import type { DayCounts } from "@/lib/overview/overview-data";
import { outcomeColors } from "./outcome-colors";

const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });

/**
 * Sends per day, stacked by outcome. Clicking a bar opens that day's sends with that outcome in
 * History; the table below offers the same links to keyboard and screen-reader users.
 */
export function SendsPerDayChart({ days }: { days: DayCounts[] }) {
  const router = useRouter();
  const data = days.map((d) => ({ ...d, label: shortDay(d.day) }));
  return (
    <div aria-hidden className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis tick={{ fontSize: 12 }} allowDecimals={false} width={56} />
          <Tooltip />
          <Legend itemSorter={null} />
          {SEND_OUTCOMES.filter(
            (o) => COMMON_OUTCOMES.includes(o) || days.some((d) => d[o] > 0),
          ).map((outcome) => (
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
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
