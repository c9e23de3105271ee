"use client";

// Filter forms whose filter lives in the URL (history, audit trail, overview): applying checks
// the fields with the page's own schema first, so a mistake shows next to its field without a
// round trip, then pushes the new URL; the page parses it again on the server.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { firstErrorPerField, type FirstFieldErrors } from "@/lib/errors/field-errors";
import { FieldError } from "./field";
import { formText } from "./form-text";
import { buttonClass } from "./styles";

/** The typed text of `fields` (trimmed; empty ones left out unless `keepEmpty`). */
export function formValues<K extends string>(
  form: HTMLFormElement,
  fields: readonly K[],
  keepEmpty = false,
): Partial<Record<K, string>> {
  const data = new FormData(form);
  const out: Partial<Record<K, string>> = {};
  for (const key of fields) {
    const value = formText(data, key).trim();
    if (value || keepEmpty) out[key] = value;
  }
  return out;
}

export function useUrlFilterForm<K extends string>({
  fields,
  schema,
  hrefOf,
  serverErrors,
  keepEmpty,
}: {
  fields: readonly K[];
  schema: z.ZodType;
  hrefOf: (values: Partial<Record<K, string>>) => string;
  /** The errors of the filter the page was rendered with. */
  serverErrors: FirstFieldErrors;
  keepEmpty?: boolean;
}) {
  const router = useRouter();
  const [errors, setErrors] = useState(serverErrors);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = formValues(event.currentTarget, fields, keepEmpty);
    const parsed = schema.safeParse(next);
    if (!parsed.success) {
      setErrors(firstErrorPerField(parsed.error));
      return;
    }
    setErrors({});
    router.push(hrefOf(next));
  }

  return { errors, onSubmit };
}

/** The filter's own error (one that belongs to no field), Apply and Clear. */
export function FilterActions({ formError, clearHref }: { formError?: string; clearHref: string }) {
  return (
    <>
      {formError ? (
        <div className="col-span-full">
          <FieldError message={formError} />
        </div>
      ) : null}
      <div className="col-span-full flex items-center gap-2">
        <button type="submit" className={buttonClass.primary}>
          Apply filters
        </button>
        <Link href={clearHref} className={buttonClass.secondary}>
          Clear filters
        </Link>
      </div>
    </>
  );
}
