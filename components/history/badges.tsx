// Coloured labels for a send's outcome and its recipients' results. Colour is never the only
// signal: each badge says its result in words.
import clsx from "clsx";
import {
  isRecipientStatus,
  isSendOutcome,
  outcomeLabels,
  recipientStatusLabels,
} from "@/lib/vocabulary/sends";
import { describeSendErrorCode } from "@/lib/wording/describe-failure";

const tone = {
  green: "bg-green-50 text-green-800 ring-green-600/20",
  amber: "bg-amber-50 text-amber-900 ring-amber-600/30",
  red: "bg-red-50 text-red-800 ring-red-600/20",
  slate: "bg-slate-100 text-slate-700 ring-slate-500/20",
  blue: "bg-sky-50 text-sky-800 ring-sky-600/20",
} as const;
type Tone = keyof typeof tone;

export function Badge({
  color,
  children,
  title,
}: {
  color: Tone;
  children: React.ReactNode;
  title?: string;
}) {
  return (
    <span
      title={title}
      className={clsx(
        "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        tone[color],
      )}
    >
      {children}
    </span>
  );
}

const outcomeTone: Record<string, Tone> = {
  sent: "green",
  partial: "amber",
  failed: "red",
  unknown: "slate",
  queued: "blue",
  dispatched: "blue",
  skipped: "slate",
  cancelled: "slate",
};

export function OutcomeBadge({ outcome }: { outcome: string }) {
  return (
    <Badge color={outcomeTone[outcome] ?? "slate"}>
      {isSendOutcome(outcome) ? outcomeLabels[outcome] : outcome}
    </Badge>
  );
}

const statusTone: Record<string, Tone> = {
  sent: "green",
  invalid: "amber",
  failed: "red",
  error: "red",
  unknown: "slate",
  pending: "blue",
  skipped: "slate",
  cancelled: "slate",
};

/** "3 sent", "1 invalid", "2 × error 725", "unknown": one recipient result and how many had it. */
export function RecipientResultBadge({
  status,
  errorCode,
  count,
}: {
  status: string;
  errorCode: string | null;
  count?: number;
}) {
  const label = isRecipientStatus(status) ? recipientStatusLabels[status] : status;
  const code = status === "error" && errorCode ? errorCode : null;
  const text = code ? `Error ${code}` : label;
  const title = errorCode && status !== "sent" ? describeSendErrorCode(errorCode).title : undefined;
  return (
    <Badge color={statusTone[status] ?? "slate"} title={title}>
      {count !== undefined && count > 1 ? `${count.toLocaleString("en")} × ` : ""}
      {text}
    </Badge>
  );
}
