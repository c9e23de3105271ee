"use client";

// One submission of the compose form: the send action, then (while the delivery engine works on
// it: queued, waiting out a rate limit, sending) its recorded state, read until every request has
// its outcome. The engine runs on the server: leaving the page stops nothing.
import { useCallback, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { cancelQueuedSends, sendCompose } from "@/app/(app)/composer/actions";
import { callAction } from "@/browser/call-action";
import { fetchComposeProgress } from "@/browser/composer/fetch-compose-progress";
import type { ErrorCode } from "@/lib/errors/codes";
import type { ActionResult } from "@/lib/errors/result";
import { composerKeys } from "@/lib/composer/query-keys";
import type { ComposeState } from "@/lib/sends/compose-state";
import type { ComposeFormOutput } from "./form-types";

export type Submission = {
  composeId: string;
  startedAt: number;
  /** What Kabar recorded; null until the send action answers. */
  state: ComposeState | null;
  error: {
    message: string;
    code?: ErrorCode;
    fieldErrors?: Record<string, string[] | undefined>;
  } | null;
  /** Found again after a reload: its state is read, nothing is sent. */
  restored?: boolean;
};

const POLL_MS = 1000;

const unreachable = {
  ok: false,
  message:
    "Kabar could not be reached, so it is not known whether the message was recorded. Press Send again: it will not be sent twice.",
} as const;

export function useComposeSubmission() {
  const [current, setCurrent] = useState<Submission | null>(null);
  const inFlight = useRef(false);

  const composeId = current?.composeId ?? "";
  const follow =
    current !== null &&
    current.error === null &&
    (current.restored === true || current.state !== null) &&
    !current.state?.done;
  const progress = useQuery({
    queryKey: composerKeys.progress(composeId),
    queryFn: ({ signal }) => fetchComposeProgress(composeId, signal),
    enabled: follow,
    // Until every request has its outcome.
    refetchInterval: (query) => (query.state.data?.done ? false : POLL_MS),
    retry: 2,
  });

  // The polled state is newer than the send action's answer (polling starts after it).
  const polled = follow && progress.data?.composeId === composeId ? progress.data : undefined;
  let submission: Submission | null = current;
  if (current && polled) {
    // Restored, but the earlier submit never got recorded: nothing was sent; edit and send.
    submission =
      current.restored && polled.sends.length === 0 ? null : { ...current, state: polled };
  }

  /** Sends `values` once; a second call while one is in flight is ignored (double click). */
  const submit = useCallback(async (values: ComposeFormOutput) => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setCurrent({
      composeId: values.idempotencyKey,
      startedAt: Date.now(),
      state: null,
      error: null,
    });
    let result: ActionResult<ComposeState>;
    try {
      result = await sendCompose(values);
    } catch {
      result = unreachable;
    } finally {
      inFlight.current = false;
    }
    setCurrent((latest) =>
      latest?.composeId !== values.idempotencyKey
        ? latest
        : result.ok
          ? { ...latest, state: result.data }
          : {
              ...latest,
              error: {
                message: result.message,
                code: result.code,
                fieldErrors: result.fieldErrors,
              },
            },
    );
    return result;
  }, []);

  const restore = useCallback((restoredId: string) => {
    setCurrent({
      composeId: restoredId,
      startedAt: Date.now(),
      state: null,
      error: null,
      restored: true,
    });
  }, []);

  const clear = useCallback(() => setCurrent(null), []);

  /** Cancels what has not left yet; the next read shows it cancelled. */
  const cancel = useCallback(async () => {
    if (!composeId) return null;
    const result = await callAction(() => cancelQueuedSends({ composeId }));
    await progress.refetch();
    return result;
  }, [composeId, progress]);

  return { submission, submit, restore, clear, cancel };
}
