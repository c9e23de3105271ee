// Checks every planned request against Damcorp's rules (lib/damcorp's message-kind table) once,
// before anything is recorded, so a message Damcorp would refuse becomes a form error, not a
// failed send. What passes is sent as it is, never checked again.
import { checkMessageRequest, type CheckedMessageRequest } from "@/lib/damcorp/whatsapp/messages";
import type { PlannedRequest } from "@/lib/composer/build-request";
import { withLibraryMedia } from "@/lib/composer/kinds/define";

export type CheckedPlan = { request: CheckedMessageRequest; to: string[] };

/**
 * A library file is swapped for its Damcorp ID, base64 or (stickers) a signed .webp link only
 * when sending; for this check it stands in as an address of that shape.
 */
const standIn = (assetId: string) =>
  `https://media-library.kabar.invalid/${encodeURIComponent(assetId)}.webp`;

/** Every request checked, or "message: Message can be at most 4096 characters"-style problems. */
export function checkPlannedRequests(
  plans: readonly PlannedRequest[],
): { ok: true; plans: CheckedPlan[] } | { ok: false; problems: string[] } {
  if (plans.length === 0) return { ok: false, problems: ["The message cannot be built."] };
  const checked: CheckedPlan[] = [];
  for (const plan of plans) {
    const result = checkMessageRequest(plan.request, withLibraryMedia(plan.request.body, standIn));
    if (!result.ok) {
      return {
        ok: false,
        problems: result.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
      };
    }
    checked.push({ request: result.request, to: plan.to });
  }
  return { ok: true, plans: checked };
}
