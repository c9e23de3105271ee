"use client";

// The send button and what follows it: what the delivery engine is doing (queued, waiting for the
// rate limit until…, sending), a way to cancel what has not left, then "New message" or a
// deliberate, confirmed "Send again" with a new send key — which never includes a recipient whose
// outcome is unknown unless the operator asks for it, warned that they may get it twice.
import { useState } from "react";
import { UNKNOWN_OUTCOME_ADVICE, type ComposeState } from "@/lib/sends/compose-state";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClass } from "@/components/ui/styles";
import { progressWords } from "./outcome-list";
import { useElapsed } from "./use-elapsed";

export type ComposerPhase = "editing" | "sending" | "done";
export type ResendScope = "unreached" | "unreached_and_unknown" | "all";

function sendingLabel(state: ComposeState | null, elapsed: number, timeZone?: string): string {
  if (!state) return elapsed >= 2 ? `Sending… (${elapsed} s)` : "Sending…";
  const total = state.sends.length;
  const open = state.sends.filter((s) => s.outcome === "queued" || s.outcome === "dispatched");
  const words = progressWords(state, timeZone);
  return total > 1 ? `${words} (${total - open.length} of ${total} done)` : words;
}

type Recipient = ComposeState["sends"][number]["recipients"][number];

const notReached = (r: Recipient) =>
  r.status === "failed" || r.status === "error" || r.status === "cancelled";

/** Recipients a resend could still reach with no risk of a second copy: provably not sent. */
export function unreachedNumbers(state: ComposeState | null): string[] {
  return (state?.sends ?? []).flatMap((s) => s.recipients.filter(notReached).map((r) => r.number));
}

/** Recipients nobody knows about: they may already have the message. */
export function unknownNumbers(state: ComposeState | null): string[] {
  return (state?.sends ?? []).flatMap((s) =>
    s.recipients.filter((r) => r.status === "unknown").map((r) => r.number),
  );
}

export function SendPanel({
  phase,
  state,
  startedAt,
  recipientCount,
  canSend,
  timeZone,
  onNewMessage,
  onSendAgain,
  onCancel,
}: {
  phase: ComposerPhase;
  state: ComposeState | null;
  startedAt: number | null;
  recipientCount: number;
  canSend: boolean;
  timeZone?: string;
  onNewMessage: () => void;
  onSendAgain: (scope: ResendScope) => void;
  onCancel: () => void;
}) {
  const elapsed = useElapsed(startedAt, phase === "sending");
  const [confirming, setConfirming] = useState(false);
  const [scope, setScope] = useState<ResendScope>("all");
  const unreached = unreachedNumbers(state);
  const unknown = unknownNumbers(state);
  const allSent = state?.sends.every((s) => s.outcome === "sent") ?? false;
  const queued = state?.queued ?? 0;

  const label =
    phase === "sending"
      ? sendingLabel(state, elapsed, timeZone)
      : recipientCount > 1
        ? `Send to ${recipientCount} recipients`
        : "Send";

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        {phase !== "done" ? (
          <>
            <button
              type="submit"
              disabled={!canSend || phase === "sending"}
              aria-disabled={!canSend || phase === "sending"}
              className={buttonClass.primary}
            >
              {label}
            </button>
            {phase === "sending" && queued > 0 ? (
              <button type="button" onClick={onCancel} className={buttonClass.secondary}>
                {queued === 1
                  ? "Cancel the request not sent yet"
                  : `Cancel the ${queued} not sent yet`}
              </button>
            ) : null}
          </>
        ) : (
          <>
            <button type="button" onClick={onNewMessage} className={buttonClass.primary}>
              New message
            </button>
            <button
              type="button"
              onClick={() => {
                setScope(
                  unreached.length > 0
                    ? "unreached"
                    : unknown.length > 0
                      ? "unreached_and_unknown"
                      : "all",
                );
                setConfirming(true);
              }}
              className={buttonClass.secondary}
            >
              Send again…
            </button>
            <p className="text-sm text-slate-600">Edit the message to send a changed version.</p>
          </>
        )}
      </div>
      {phase === "sending" && state ? (
        <p className="text-xs text-slate-500">
          Kabar sends from the server at the sender number&apos;s pace and waits out Damcorp&apos;s
          rate limits by itself: you can leave this page, the send goes on and appears in history.
        </p>
      ) : null}

      <ModalDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Send this message again?"
      >
        <div className="flex flex-col gap-4 text-sm">
          {unknown.length > 0 ? (
            <p className="rounded-md bg-amber-50 p-2 text-amber-950">
              <strong>
                The outcome is unknown for{" "}
                {unknown.length === 1 ? "1 recipient" : `${unknown.length} recipients`}.
              </strong>{" "}
              {UNKNOWN_OUTCOME_ADVICE} They are included only if you choose so, and may get the
              message twice.
            </p>
          ) : allSent ? (
            <p>It was sent. Sending again delivers a second copy to every recipient.</p>
          ) : (
            <p>Recipients who got it would get a second copy.</p>
          )}
          {!allSent ? (
            <fieldset className="flex flex-col gap-2">
              <legend className="font-medium">Send to</legend>
              {unreached.length > 0 ? (
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="resend-scope"
                    checked={scope === "unreached"}
                    onChange={() => setScope("unreached")}
                    className="accent-brand-600"
                  />
                  Only the {unreached.length} not reached
                </label>
              ) : null}
              {unknown.length > 0 ? (
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="resend-scope"
                    checked={scope === "unreached_and_unknown"}
                    onChange={() => setScope("unreached_and_unknown")}
                    className="accent-brand-600"
                  />
                  {unreached.length > 0
                    ? `The ${unreached.length} not reached and the ${unknown.length} unknown (may get it twice)`
                    : `The ${unknown.length} unknown (may get it twice)`}
                </label>
              ) : null}
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="resend-scope"
                  checked={scope === "all"}
                  onChange={() => setScope("all")}
                  className="accent-brand-600"
                />
                All {recipientCount} recipients
              </label>
            </fieldset>
          ) : null}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className={buttonClass.secondary}
            >
              Cancel
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                onSendAgain(scope);
              }}
              className={buttonClass.primary}
            >
              Send again
            </button>
          </div>
        </div>
      </ModalDialog>
    </div>
  );
}
