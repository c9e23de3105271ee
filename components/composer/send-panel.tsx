"use client";

// The send button and what follows it: progress while Damcorp answers (including waiting out a
// rate limit), then "New message" or a deliberate, confirmed "Send again" with a new send key.
import { useState } from "react";
import { UNKNOWN_OUTCOME_ADVICE, type ComposeState } from "@/lib/sends/compose-state";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClass } from "@/components/ui/styles";
import { useElapsed } from "./use-elapsed";

export type ComposerPhase = "editing" | "sending" | "done";
export type ResendScope = "all" | "unreached";

function sendingLabel(state: ComposeState | null, elapsed: number): string {
  const pending = state?.sends.filter((s) => s.outcome === "pending") ?? [];
  const waiting = pending.find((s) => s.waitingFor);
  if (waiting)
    return `Sending… (${waiting.waitingFor}, retry ${Math.max(1, waiting.attempts - 1)})`;
  const total = state?.sends.length ?? 0;
  if (total > 1) return `Sending… (${total - pending.length} of ${total} done)`;
  return elapsed >= 2 ? `Sending… (${elapsed} s)` : "Sending…";
}

/** Recipients a resend could still reach: not sent, and not refused as invalid numbers. */
export function unreachedNumbers(state: ComposeState | null): string[] {
  return (state?.sends ?? []).flatMap((s) =>
    s.recipients
      .filter((r) => r.status === "failed" || r.status === "error" || r.status === "unknown")
      .map((r) => r.number),
  );
}

export function SendPanel({
  phase,
  state,
  startedAt,
  recipientCount,
  canSend,
  onNewMessage,
  onSendAgain,
}: {
  phase: ComposerPhase;
  state: ComposeState | null;
  startedAt: number | null;
  recipientCount: number;
  canSend: boolean;
  onNewMessage: () => void;
  onSendAgain: (scope: ResendScope) => void;
}) {
  const elapsed = useElapsed(startedAt, phase === "sending");
  const [confirming, setConfirming] = useState(false);
  const [scope, setScope] = useState<ResendScope>("all");
  const unreached = unreachedNumbers(state);
  const anyUnknown = state?.sends.some((s) => s.outcome === "unknown") ?? false;
  const allSent = state?.sends.every((s) => s.outcome === "sent") ?? false;

  const label =
    phase === "sending"
      ? sendingLabel(state, elapsed)
      : recipientCount > 1
        ? `Send to ${recipientCount} recipients`
        : "Send";

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        {phase !== "done" ? (
          <button
            type="submit"
            disabled={!canSend || phase === "sending"}
            aria-disabled={!canSend || phase === "sending"}
            className={buttonClass.primary}
          >
            {label}
          </button>
        ) : (
          <>
            <button type="button" onClick={onNewMessage} className={buttonClass.primary}>
              New message
            </button>
            <button
              type="button"
              onClick={() => {
                setScope(unreached.length > 0 && !allSent ? "unreached" : "all");
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
      {phase === "sending" && elapsed >= 5 ? (
        <p className="text-xs text-slate-500">
          Still waiting for Damcorp. Kabar waits out rate limits by itself; you can leave this page,
          the send goes on and appears in history.
        </p>
      ) : null}

      <ModalDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Send this message again?"
      >
        <div className="flex flex-col gap-4 text-sm">
          {anyUnknown ? (
            <p className="rounded-md bg-amber-50 p-2 text-amber-950">
              <strong>The last outcome is unknown.</strong> {UNKNOWN_OUTCOME_ADVICE}
            </p>
          ) : allSent ? (
            <p>It was sent. Sending again delivers a second copy to every recipient.</p>
          ) : (
            <p>Recipients who got it would get a second copy.</p>
          )}
          {unreached.length > 0 && !allSent ? (
            <fieldset className="flex flex-col gap-2">
              <legend className="font-medium">Send to</legend>
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
