"use client";

import { useState, useTransition } from "react";
import clsx from "clsx";
import { callAction } from "@/browser/call-action";
import type { ActionResult } from "@/lib/errors/result";
import type { ConnectionResult } from "@/lib/settings/connection-result";
import { buttonClass } from "@/components/ui/styles";

/** "Test connection": runs the given action and says in plain words what Damcorp answered. */
export function ConnectionTestButton({
  run,
  accessibleLabel,
}: {
  run: () => Promise<ActionResult<ConnectionResult>>;
  accessibleLabel?: string;
}) {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function test() {
    setResult(null);
    startTransition(async () => {
      const answer = await callAction(run);
      setResult(
        answer.ok
          ? { ok: answer.data.outcome === "accepted", message: answer.data.message }
          : { ok: false, message: answer.message },
      );
    });
  }

  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        onClick={test}
        disabled={pending}
        aria-label={accessibleLabel}
        className={clsx(buttonClass.secondary, "self-start")}
      >
        {pending ? "Testing…" : "Test connection"}
      </button>
      {/* Always rendered so screen readers announce the result when it appears. */}
      <p
        role="status"
        className={clsx("max-w-xs text-xs", result?.ok ? "text-brand-700" : "text-red-700")}
      >
        {result?.message}
      </p>
    </div>
  );
}
