"use client";

// The send button and what follows it: what the delivery engine is doing (queued, waiting for the
// rate limit until…, sending), a way to cancel what has not left, then "New message" or a
// deliberate, confirmed "Send again" with a new send key — which never includes a recipient whose
// outcome is unknown unless the operator asks for it, warned that they may get it twice.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { UNKNOWN_OUTCOME_ADVICE, type ComposeState } from "@/lib/sends/compose-state";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClass } from "@/components/ui/styles";
import { progressWords, type OutcomeTranslate } from "./outcome-list";
import { useElapsed } from "./use-elapsed";

export type ComposerPhase = "editing" | "sending" | "done";
export type ResendScope = "unreached" | "unreached_and_unknown" | "all";

type Translate = ReturnType<typeof useTranslations<"composer.send">>;

function sendingLabel(
  t: Translate,
  tOutcome: OutcomeTranslate,
  state: ComposeState | null,
  elapsed: number,
  timeZone?: string,
): string {
  if (!state) return elapsed >= 2 ? t("sendingElapsed", { seconds: elapsed }) : t("sending");
  const total = state.sends.length;
  const open = state.sends.filter((s) => s.outcome === "queued" || s.outcome === "dispatched");
  const words = progressWords(tOutcome, state, timeZone);
  return total > 1 ? t("progress", { words, done: total - open.length, total }) : words;
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
  const t = useTranslations("composer.send");
  const tOutcome = useTranslations("composer.outcome");
  const elapsed = useElapsed(startedAt, phase === "sending");
  const [confirming, setConfirming] = useState(false);
  const [scope, setScope] = useState<ResendScope>("all");
  const unreached = unreachedNumbers(state);
  const unknown = unknownNumbers(state);
  const allSent = state?.sends.every((s) => s.outcome === "sent") ?? false;
  const queued = state?.queued ?? 0;

  const label =
    phase === "sending"
      ? sendingLabel(t, tOutcome, state, elapsed, timeZone)
      : recipientCount > 1
        ? t("sendToMany", { count: recipientCount })
        : t("send");

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
                {t("cancelQueued", { count: queued })}
              </button>
            ) : null}
          </>
        ) : (
          <>
            <button type="button" onClick={onNewMessage} className={buttonClass.primary}>
              {t("newMessage")}
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
              {t("sendAgainEllipsis")}
            </button>
            <p className="text-sm text-slate-600">{t("editToChange")}</p>
          </>
        )}
      </div>
      {phase === "sending" && state ? (
        <p className="text-xs text-slate-500">{t("serverPace")}</p>
      ) : null}

      <ModalDialog open={confirming} onClose={() => setConfirming(false)} title={t("confirmTitle")}>
        <div className="flex flex-col gap-4 text-sm">
          {unknown.length > 0 ? (
            <p className="rounded-md bg-amber-50 p-2 text-amber-950">
              <strong>{t("unknownFor", { count: unknown.length })}</strong> {UNKNOWN_OUTCOME_ADVICE}{" "}
              {t("unknownIncluded")}
            </p>
          ) : allSent ? (
            <p>{t("allSent")}</p>
          ) : (
            <p>{t("secondCopy")}</p>
          )}
          {!allSent ? (
            <fieldset className="flex flex-col gap-2">
              <legend className="font-medium">{t("sendTo")}</legend>
              {unreached.length > 0 ? (
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="resend-scope"
                    checked={scope === "unreached"}
                    onChange={() => setScope("unreached")}
                    className="accent-brand-600"
                  />
                  {t("onlyUnreached", { count: unreached.length })}
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
                    ? t("unreachedAndUnknown", {
                        unreached: unreached.length,
                        unknown: unknown.length,
                      })
                    : t("onlyUnknown", { unknown: unknown.length })}
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
                {t("allRecipients", { count: recipientCount })}
              </label>
            </fieldset>
          ) : null}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className={buttonClass.secondary}
            >
              {t("cancel")}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                onSendAgain(scope);
              }}
              className={buttonClass.primary}
            >
              {t("sendAgain")}
            </button>
          </div>
        </div>
      </ModalDialog>
    </div>
  );
}
