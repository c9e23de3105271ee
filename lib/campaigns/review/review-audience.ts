// The review of a campaign before anything is sent: every figure the operator must see (rows,
// valid recipients, invalid numbers with their reasons, duplicates merged, opted-out skipped, rows
// missing a value, rows whose message cannot be built, the 24-hour-window risk of a non-template
// kind, the duration at the sender's rate) and the recipients it would plan. Each recipient's
// request is built through personalise.ts and the message-kind table (recipientRequest), the same
// path the real send takes, so a row that would be refused is refused here. Pure.
import type { Audience, AudienceMember } from "@/lib/campaigns/audience/types";
import { recipientRequest } from "@/lib/campaigns/personalise";
import { placeholdersOf, type Placeholder } from "@/lib/campaigns/placeholders";
import {
  CAMPAIGN_VALUE_MAX,
  type CampaignRecipientInput,
  type Mapping,
} from "@/lib/campaigns/schema";
import { isSessionKind } from "@/lib/composer/kinds";
import type { MessageDraftInput } from "@/lib/composer/draft-schema";
import type { SendRate } from "@/lib/delivery/pace";
import type { TemplateInput } from "@/lib/templates/schema";
import { resolveValues } from "./resolve-values";

/** Why an audience row will not be sent, for the review and the rejected-rows CSV. */
export type RowRejection = {
  kind: "invalid_number" | "opted_out" | "skipped_empty" | "missing_value" | "unbuildable";
  reason: string;
};

export type ReviewFigures = {
  totalRows: number;
  /** Audience members: distinct valid numbers. */
  validRecipients: number;
  invalidNumbers: number;
  /** The reasons of the invalid numbers, most frequent first. */
  invalidReasons: { code: string; count: number; example: string }[];
  duplicatesMerged: number;
  optedOutSkipped: number;
  /** Rows left out because a value is empty and the mapping says "skip the row if empty". */
  skippedEmpty: number;
  /** Rows with an empty value and no rule: the launch waits until a fallback or skip is chosen. */
  missingValue: number;
  /** Per placeholder: how many rows miss it (skipped or missing). */
  missingByPlaceholder: { id: string; label: string; count: number }[];
  /** Rows whose personalised message Damcorp's rules refuse (a too-long value, a bad URL…). */
  unbuildable: number;
  /** What will be sent: one request each. */
  toSend: number;
  /** A session (non-template) kind reaches only customers who wrote in the last 24 hours. */
  windowRisk: boolean;
  /** toSend at the sender's rate, in seconds. */
  estimatedSeconds: number;
  rate: SendRate;
};

export type CampaignReview = {
  figures: ReviewFigures;
  placeholders: Placeholder[];
  /** What would be planned, in audience order. */
  recipients: CampaignRecipientInput[];
  /** Audience members left out, by member row. */
  rejections: Map<number, RowRejection>;
};

const list = (placeholders: readonly Placeholder[]) => placeholders.map((p) => p.label).join(", ");

export function reviewAudience(input: {
  audience: Audience;
  message: MessageDraftInput;
  template?: TemplateInput | null;
  mapping: Mapping;
  rate: SendRate;
  now?: Date;
}): CampaignReview {
  const { audience, message, template, mapping } = input;
  const placeholders = placeholdersOf(message, template);
  const recipients: CampaignRecipientInput[] = [];
  const rejections = new Map<number, RowRejection>();
  const missingCounts = new Map<string, number>();
  let optedOut = 0;
  let skippedEmpty = 0;
  let missingValue = 0;
  let unbuildable = 0;

  for (const member of audience.members) {
    if (member.optedOut) {
      optedOut += 1;
      rejections.set(member.row, {
        kind: "opted_out",
        reason: "This number opted out of messages; the campaign skips it.",
      });
      continue;
    }
    const resolved = resolveValues(member, placeholders, mapping);
    if (!resolved.ok) {
      for (const p of [...resolved.skipped, ...resolved.missing])
        missingCounts.set(p.id, (missingCounts.get(p.id) ?? 0) + 1);
      if (resolved.missing.length > 0) {
        missingValue += 1;
        rejections.set(member.row, {
          kind: "missing_value",
          reason: `No value for ${list(resolved.missing)}: choose a fallback or “skip the row if empty”.`,
        });
      } else {
        skippedEmpty += 1;
        rejections.set(member.row, {
          kind: "skipped_empty",
          reason: `Skipped: ${list(resolved.skipped)} is empty in this row.`,
        });
      }
      continue;
    }
    const tooLong = placeholders.filter(
      (p) => (resolved.values[p.id]?.length ?? 0) > CAMPAIGN_VALUE_MAX,
    );
    if (tooLong.length > 0) {
      unbuildable += 1;
      rejections.set(member.row, {
        kind: "unbuildable",
        reason: `The value for ${list(tooLong)} is longer than ${CAMPAIGN_VALUE_MAX} characters.`,
      });
      continue;
    }
    const built = recipientRequest(
      message,
      { to: member.to, values: resolved.values },
      template,
      input.now,
    );
    if (!built.ok) {
      unbuildable += 1;
      rejections.set(member.row, {
        kind: "unbuildable",
        reason: `Damcorp would refuse this row's message: ${built.problems.join("; ")}.`,
      });
      continue;
    }
    recipients.push(recipientOf(member, resolved.values));
  }

  const reasons = new Map<string, { count: number; example: string }>();
  for (const row of audience.rejected) {
    const known = reasons.get(row.code);
    if (known) known.count += 1;
    else reasons.set(row.code, { count: 1, example: row.reason });
  }
  const perSecond = (input.rate.limit * 1000) / input.rate.periodMs;
  return {
    figures: {
      totalRows: audience.totalRows,
      validRecipients: audience.members.length,
      invalidNumbers: audience.rejected.length,
      invalidReasons: [...reasons.entries()]
        .map(([code, r]) => ({ code, ...r }))
        .sort((a, b) => b.count - a.count),
      duplicatesMerged: audience.duplicates,
      optedOutSkipped: optedOut,
      skippedEmpty,
      missingValue,
      missingByPlaceholder: placeholders
        .filter((p) => missingCounts.has(p.id))
        .map((p) => ({ id: p.id, label: p.label, count: missingCounts.get(p.id)! })),
      unbuildable,
      toSend: recipients.length,
      windowRisk: isSessionKind(message.kind),
      estimatedSeconds: Math.ceil(recipients.length / perSecond),
      rate: input.rate,
    },
    placeholders,
    recipients,
    rejections,
  };
}

function recipientOf(
  member: AudienceMember,
  values: Record<string, string>,
): CampaignRecipientInput {
  return {
    row: member.row,
    to: member.to,
    values,
    ...(member.contactId ? { contactId: member.contactId } : {}),
    ...(member.name ? { name: member.name.slice(0, 200) } : {}),
  };
}
