import "server-only";
// The wizard's steps on the server, each saved in the draft campaign (a reload loses nothing):
// the audience's sources (read and checked before they are kept), the mapping of placeholders
// (after which the recipients are planned, frozen, all at once), and the preview of any row
// exactly as that customer will get it, with its exact request.
import { loadAudience } from "@/lib/campaigns/audience/load-audience";
import type { AudienceSource } from "@/lib/campaigns/audience/types";
import { recipientRequest } from "@/lib/campaigns/personalise";
import { replaceCampaignRecipients, updateCampaignDraft } from "@/lib/campaigns/save-draft";
import type { Mapping } from "@/lib/campaigns/schema";
import type { MessageDraft } from "@/lib/composer/draft-schema";
import { redactRequestBody } from "@/lib/damcorp/redact";
import { ExpectedError } from "@/lib/errors/expected-error";
import { loadCampaignReview } from "./load-review";
import { rejectedRowsCsv } from "./rejected-rows-csv";
import type { ReviewFigures } from "./review-audience";
import { resolveValues } from "./resolve-values";
import { readWizardState, type WizardStep } from "./wizard-state";

export type AudienceSummary = {
  totalRows: number;
  recipients: number;
  invalid: number;
  duplicates: number;
  optedOut: number;
  columns: string[];
  attributeKeys: string[];
};

/** Reads the sources; a source that cannot be read is refused next to it, nothing is kept. */
export async function saveAudienceSources(
  id: string,
  sources: AudienceSource[],
): Promise<AudienceSummary> {
  const built = await loadAudience(sources);
  if (!built.ok) {
    throw new ExpectedError("invalid_input", "Some sources of the audience need attention.", {
      fieldErrors: Object.fromEntries(
        built.problems.map((p) => [`sources.${p.sourceIndex}`, [p.message]]),
      ),
    });
  }
  await updateCampaignDraft({ id, wizardState: { step: "variables", sources } });
  const { audience } = built;
  return {
    totalRows: audience.totalRows,
    recipients: audience.members.length,
    invalid: audience.rejected.length,
    duplicates: audience.duplicates,
    optedOut: audience.optedOut,
    columns: audience.columns,
    attributeKeys: audience.attributeKeys,
  };
}

/** Moves the wizard to a step (the audience kept as it is). */
export async function saveWizardStep(id: string, step: WizardStep, wizardState: unknown) {
  const state = readWizardState(wizardState);
  await updateCampaignDraft({ id, wizardState: { ...state, step } });
}

/** Saves the mapping, then plans the recipients with their frozen values (all or none). */
export async function saveMappingAndPlan(id: string, mapping: Mapping): Promise<ReviewFigures> {
  const before = await loadCampaignReview(id);
  const missing = before.placeholders.filter((p) => !mapping[p.id]);
  if (missing.length > 0) {
    throw new ExpectedError("invalid_input", "Say where every placeholder's value comes from.", {
      fieldErrors: Object.fromEntries(
        missing.map((p) => [`mapping.${p.id}`, [`Choose where ${p.label} comes from`]]),
      ),
    });
  }
  const state = readWizardState(before.campaign.wizardState);
  await updateCampaignDraft({ id, mapping, wizardState: { ...state, step: "review" } });
  const review = await loadCampaignReview(id);
  await replaceCampaignRecipients(id, review.recipients);
  return review.figures;
}

export type ReviewedDraft = {
  figures: ReviewFigures;
  placeholders: { id: string; label: string }[];
  audienceRows: number;
};

export async function reviewDraft(id: string): Promise<ReviewedDraft> {
  const review = await loadCampaignReview(id);
  return {
    figures: review.figures,
    placeholders: review.placeholders.map(({ id: pid, label }) => ({ id: pid, label })),
    audienceRows: review.audience.members.length,
  };
}

export type RowPreview = {
  row: number;
  to: string;
  name: string | null;
  source: string;
  sourceRow: number;
  note: string | null;
  values: Record<string, string>;
  /** Why this row is not sent (opted out, missing value, refused), or null. */
  rejection: string | null;
  /** The message as this customer gets it, and the request (token redacted) that carries it. */
  message: MessageDraft | null;
  request: { path: string; body: unknown } | null;
};

/** Any audience row as that customer will see it, built the way the real send builds it. */
export async function previewCampaignRow(id: string, row: number): Promise<RowPreview> {
  const review = await loadCampaignReview(id);
  const member = review.audience.members.find((m) => m.row === row);
  if (!member) {
    throw new ExpectedError("invalid_input", "There is no such row.", {
      fieldErrors: {
        row: [`Choose a row from 1 to ${review.audience.members.length}`],
      },
    });
  }
  const resolved = resolveValues(member, review.placeholders, review.campaign.mapping);
  const values = resolved.ok ? resolved.values : {};
  const built = resolved.ok
    ? recipientRequest(review.message, { to: member.to, values }, review.template)
    : null;
  return {
    row,
    to: member.to,
    name: member.name ?? null,
    source: member.source,
    sourceRow: member.sourceRow,
    note: member.note ?? null,
    values,
    rejection: review.rejections.get(row)?.reason ?? null,
    message: built?.ok ? built.message : null,
    request: built?.ok
      ? { path: built.plan.request.path, body: redactRequestBody(built.plan.request.body) }
      : null,
  };
}

/** The rows that will not be sent, as CSV. */
export async function exportRejectedRows(id: string): Promise<string> {
  const review = await loadCampaignReview(id);
  return rejectedRowsCsv(review.audience, review.rejections);
}
