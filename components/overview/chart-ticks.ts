/**
 * Round axis ticks from 0 to at least `max`: four steps of 1, 2 or 5 × 10ⁿ (whole numbers, as
 * counts are), e.g. 0, 50, 100, 150, 200 for a busiest day of 173.
 */
export function chartTicks(max: number, steps = 4): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / steps;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude,
  );
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}
