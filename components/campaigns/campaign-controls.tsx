"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/browser/call-action";
import {
  cancelCampaignAction,
  pauseCampaignAction,
  resendUnknownAction,
  resumeCampaignAction,
  retryFailedAction,
} from "@/app/(app)/campaigns/actions";
import type { CampaignProgress } from "@/lib/campaigns/campaign-progress";
import { campaignKeys } from "@/lib/campaigns/query-keys";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { buttonClass } from "@/components/ui/styles";
import { useCampaignProgress } from "./campaign-live";

/**
 * Pause, resume, cancel, retry failed, send unknown again: what the campaign's state allows, as
 * the live figures have it (a campaign that completes while the page is open loses its Pause).
 */
export function CampaignControls({ initial }: { initial: CampaignProgress }) {
  const live = useCampaignProgress(initial).data;
  const { id, status } = live;
  const unknown = live.counts.unknown;
  const router = useRouter();
  const t = useTranslations("campaigns.controls");
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: campaignKeys.progress(id) });
    router.refresh();
  };
  const run = (action: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? done : (result.message ?? t("failed")));
      await refresh();
    });
  const ended = status === "cancelled" || status === "draft";
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {status === "running" ? (
          <button
            type="button"
            disabled={pending}
            className={buttonClass.secondary}
            onClick={() => run(() => callAction(() => pauseCampaignAction({ id })), t("paused"))}
          >
            {t("pause")}
          </button>
        ) : null}
        {status === "paused" ? (
          <button
            type="button"
            disabled={pending}
            className={buttonClass.primary}
            onClick={() => run(() => callAction(() => resumeCampaignAction({ id })), t("resumed"))}
          >
            {t("resume")}
          </button>
        ) : null}
        {!ended && live.counts.failed > 0 ? (
          <button
            type="button"
            disabled={pending}
            className={buttonClass.secondary}
            onClick={() =>
              startTransition(async () => {
                const result = await callAction(() => retryFailedAction({ id }));
                if (!result.ok) setMessage(result.message);
                else {
                  const skipped = result.data.skipped
                    .map((s) => t("skippedReason", { ...s }))
                    .join(" ");
                  setMessage(
                    [
                      t("requeued", { count: result.data.requeued }),
                      skipped ? t("notRetried", { skipped }) : "",
                    ].join(" "),
                  );
                }
                await refresh();
              })
            }
          >
            {t("retryFailed")}
          </button>
        ) : null}
        {!ended && unknown > 0 ? (
          <ConfirmButton
            label={t("resendUnknown")}
            title={t("resendTitle")}
            description={t("resendDescription")}
            confirmLabel={t("resendConfirm")}
            tone="secondary"
            onConfirm={async () => {
              const result = await callAction(() =>
                resendUnknownAction({ id, confirmDuplicates: true }),
              );
              await refresh();
              if (!result.ok) return result.message;
              setMessage(t("requeued", { count: result.data.requeued }));
              return null;
            }}
          />
        ) : null}
        {!ended && status !== "completed" ? (
          <ConfirmButton
            label={t("cancel")}
            title={t("cancelTitle")}
            description={t("cancelDescription")}
            confirmLabel={t("cancel")}
            dismissLabel={t("keep")}
            onConfirm={async () => {
              const result = await callAction(() => cancelCampaignAction({ id }));
              await refresh();
              if (!result.ok) return result.message;
              setMessage(t("cancelled"));
              return null;
            }}
          />
        ) : null}
      </div>
      {message ? (
        <p role="status" className="text-sm text-slate-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}
