"use client";

// A wizard step's save: calls the action, keeps its field errors for the fields, and on success
// re-reads the page (the draft in the database says which step comes next).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/browser/call-action";
import type { ActionResult } from "@/lib/errors/result";

export function useStepAction<T>() {
  const router = useRouter();
  const [failure, setFailure] = useState<Extract<ActionResult<T>, { ok: false }> | null>(null);
  const [pending, startTransition] = useTransition();
  function run(call: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) {
    startTransition(async () => {
      const result = await callAction(call);
      if (!result.ok) return setFailure(result);
      setFailure(null);
      if (onDone) onDone(result.data);
      else router.refresh();
    });
  }
  const fieldError = (name: string) => failure?.fieldErrors?.[name]?.[0];
  return { run, pending, failure, fieldError };
}

export function StepError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
      {message}
    </p>
  );
}
