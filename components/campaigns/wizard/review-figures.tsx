// The review's figures, before anything is sent: every row accounted for.
import type { ReviewFigures } from "@/lib/campaigns/review/review-audience";
import { describeRate } from "@/lib/delivery/pace";

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function ReviewFiguresList({ figures }: { figures: ReviewFigures }) {
  const rows: [string, string | number][] = [
    ["Rows in the audience", figures.totalRows],
    ["Valid recipients", figures.validRecipients],
    ["Invalid numbers", figures.invalidNumbers],
    ["Duplicates merged", figures.duplicatesMerged],
    ["Opted out (skipped)", figures.optedOutSkipped],
    ["Rows missing a variable", figures.missingValue + figures.skippedEmpty],
    ["Messages Damcorp would refuse", figures.unbuildable],
    ["Messages to send", figures.toSend],
    [
      "Estimated duration",
      `${duration(figures.estimatedSeconds)} at ${describeRate(figures.rate)}`,
    ],
  ];
  return (
    <div className="flex flex-col gap-3">
      <dl
        aria-label="Review figures"
        className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]"
      >
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-sm font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      {figures.invalidReasons.length > 0 ? (
        <ul aria-label="Why numbers are invalid" className="list-disc pl-5 text-sm text-slate-700">
          {figures.invalidReasons.map((r) => (
            <li key={r.code}>
              {r.count} × {r.example}
            </li>
          ))}
        </ul>
      ) : null}
      {figures.missingByPlaceholder.length > 0 ? (
        <ul aria-label="Rows missing a variable" className="list-disc pl-5 text-sm text-slate-700">
          {figures.missingByPlaceholder.map((m) => (
            <li key={m.id}>
              {m.count} rows have no value for {m.label}
            </li>
          ))}
        </ul>
      ) : null}
      {figures.missingValue > 0 ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {figures.missingValue} rows have an empty value and no rule says what to do. Go back to
          the variables and give a fallback or choose “skip the row if empty”.
        </p>
      ) : null}
      {figures.windowRisk ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          This is not a template: WhatsApp delivers it only to customers who wrote to you in the
          last 24 hours. Others will fail. Use a template to reach everyone.
        </p>
      ) : null}
    </div>
  );
}
