"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { callAction } from "@/browser/call-action";
import { idle, type ActionResult } from "@/lib/errors/result";

/**
 * Runs a server action from a form with useActionState and keeps what was typed when the action
 * refuses it. Submitting through onSubmit (not the form's action prop) avoids React's automatic
 * form reset, which would wipe the fields on a validation error; onSuccess resets when it wants.
 */
export function useActionForm<T>(
  action: (input: FormData) => Promise<ActionResult<T>>,
  onSuccess?: (data: T, form: HTMLFormElement) => void,
) {
  const [state, dispatch, pending] = useActionState(
    async (_previous: ActionResult<T>, form: HTMLFormElement): Promise<ActionResult<T>> => {
      const result = await callAction(() => action(new FormData(form)));
      if (result.ok) onSuccess?.(result.data, form);
      return result;
    },
    idle as ActionResult<T>,
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    startTransition(() => dispatch(form));
  }

  /** The first error of one field, to show next to it. */
  function fieldError(name: string): string | undefined {
    return state.ok ? undefined : state.fieldErrors?.[name]?.[0];
  }

  return { state, pending, onSubmit, fieldError };
}
