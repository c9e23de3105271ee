"use client";

import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { importMediaAction } from "@/app/(app)/media/actions";
import { callAction } from "@/browser/call-action";
import type { FieldErrors } from "@/lib/errors/field-errors";
import type { MediaSaved } from "@/lib/media/schema";
import { buttonClass, controlClass } from "@/components/ui/styles";

/**
 * Brings media that reached Damcorp some other way into the library by its Damcorp media ID.
 * What was typed stays in the fields when Damcorp or the checks refuse it.
 */
export function ImportByIdForm({ onImported }: { onImported: (saved: MediaSaved) => void }) {
  const [mediaId, setMediaId] = useState("");
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const idField = useId();
  const nameField = useId();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await callAction(() => importMediaAction({ mediaId, name }));
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFormError(result.message);
        return;
      }
      setErrors({});
      setFormError(null);
      setMediaId("");
      setName("");
      const { asset, duplicate } = result.data;
      toast.success(
        duplicate ? `Already in the library as “${asset.name}”.` : `Imported “${asset.name}”.`,
      );
      onImported(result.data);
    });
  }

  const idError = errors.mediaId?.[0];
  const nameError = errors.name?.[0];
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Import by Damcorp media ID"
      className="flex flex-col gap-3"
    >
      <div className="flex flex-wrap items-start gap-3">
        <div className="flex min-w-56 flex-1 flex-col gap-1">
          <label htmlFor={idField} className="text-sm font-medium">
            Damcorp media ID
          </label>
          <input
            id={idField}
            name="mediaId"
            value={mediaId}
            onChange={(e) => setMediaId(e.target.value)}
            required
            autoComplete="off"
            aria-invalid={idError ? true : undefined}
            aria-describedby={idError ? `${idField}-error` : undefined}
            className={controlClass}
          />
          {idError ? (
            <p id={`${idField}-error`} className="text-sm text-red-700">
              {idError}
            </p>
          ) : null}
        </div>
        <div className="flex min-w-48 flex-1 flex-col gap-1">
          <label htmlFor={nameField} className="text-sm font-medium">
            Name <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <input
            id={nameField}
            name="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${nameField}-error` : undefined}
            className={controlClass}
          />
          {nameError ? (
            <p id={`${nameField}-error`} className="text-sm text-red-700">
              {nameError}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={pending} className={`${buttonClass.primary} mt-6`}>
          {pending ? "Importing…" : "Import"}
        </button>
      </div>
      {formError ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
