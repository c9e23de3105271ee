// What the overview page draws (plain JSON, client-safe).
import type { SendOutcome } from "@/lib/vocabulary/sends";

export type DayCounts = { day: string } & Record<SendOutcome, number>;

export interface FailureReason {
  /** An error code ("725", "timeout") or a recipient result ("invalid", "failed"). */
  code: string;
  title: string;
  meaning: string;
  count: number;
  /** Send-level codes count sends; recipient results count recipients. */
  unit: "sends" | "recipients";
}

export interface TemplateUse {
  name: string;
  count: number;
}

export interface SenderTotal {
  /** SenderNumber id, or "env" for the DAMCORP_TOKEN sender. */
  id: string;
  label: string;
  number: string | null;
  count: number;
}

export interface OverviewData {
  from: string;
  to: string;
  days: DayCounts[];
  totals: Record<SendOutcome, number> & { all: number };
  failureReasons: FailureReason[];
  templates: TemplateUse[];
  senders: SenderTotal[];
}
