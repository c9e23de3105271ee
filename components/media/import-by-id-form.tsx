"use client";

import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { importMediaAction } from "@/app/(app)/media/actions";
import { callAction } from "@/browser/call-action";
import type { FieldErrors } from "@/lib/errors/field-errors";
import type { MediaSaved } from "@/lib/media/schema";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";

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
        <TextField
          label="Damcorp media ID"
          name="mediaId"
          value={mediaId}
          onChange={(e) => setMediaId(e.target.value)}
          required
          autoComplete="off"
          error={idError}
          className="flex min-w-56 flex-1 flex-col gap-1"
        />
        <TextField
          label="Name"
          optional
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
          error={nameError}
          className="flex min-w-48 flex-1 flex-col gap-1"
        />
        <SubmitButton pending={pending} busyLabel="Importing…" className="mt-6">
          Import
        </SubmitButton>
      </div>
      <FormAlert message={formError} />
    </form>
  );
}
