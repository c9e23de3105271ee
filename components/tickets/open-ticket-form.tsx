"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { openTicketAction } from "@/app/(app)/tickets/actions";
import { callAction } from "@/browser/call-action";
import { ticketHref } from "@/lib/tickets/board-filters";
import {
  OPEN_TICKET_FIELDS,
  openTicketSchema,
  type OpenTicketFormValues,
  type OpenTicketValues,
} from "@/lib/tickets/schema";
import type { OpenTicketOutcome } from "@/lib/tickets/types";
import { TextAreaField, TextField } from "@/components/ui/form-fields";

type Existing = Extract<OpenTicketOutcome, { kind: "exists" }>["existing"];

const emptyValues: OpenTicketFormValues = {
  userNumber: "",
  userName: "",
  issue: "",
  tag: "",
  operatorEmail: "",
  group: "",
};

/**
 * The helpdesk's open-ticket fields. The same zod schema checks them here and in the action;
 * the helpdesk's own refusals (invalid_param, invalid_param_group) land on their fields, and
 * ticket_exists shows the customer's current ticket with a link to it.
 */
export function OpenTicketForm({
  onOpened,
  onShowTicket,
  onCancel,
}: {
  onOpened: (ticketCode: string | null, customer: string) => void;
  /** Following the link to an existing ticket. */
  onShowTicket: () => void;
  onCancel: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [existing, setExisting] = useState<Existing | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  // The dialog may be scrolled to the fields: bring the answer into view.
  useEffect(() => {
    if (existing || formError) notice.current?.scrollIntoView({ block: "nearest" });
  }, [existing, formError]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<OpenTicketFormValues, unknown, OpenTicketValues>({
    resolver: zodResolver(openTicketSchema),
    defaultValues: emptyValues,
  });

  async function submit(values: OpenTicketValues) {
    setFormError(null);
    setExisting(null);
    const result = await callAction(() => openTicketAction(values));
    if (result.ok) {
      if (result.data.kind === "exists") {
        setExisting(result.data.existing);
        return;
      }
      reset(emptyValues);
      onOpened(result.data.ticketCode, values.userName);
      return;
    }
    let placed = false;
    for (const field of OPEN_TICKET_FIELDS) {
      const message = result.fieldErrors?.[field]?.[0];
      if (!message) continue;
      setError(field, { type: "server", message }, { shouldFocus: !placed });
      placed = true;
    }
    const other = result.fieldErrors?._form?.[0];
    if (!placed || other) setFormError(other ?? result.message);
  }

  return (
    <form
      onSubmit={handleSubmit(submit)}
      noValidate
      aria-label="Open a ticket"
      className="flex flex-col gap-3"
    >
      <TextField
        label="Customer number"
        {...register("userNumber")}
        error={errors.userNumber?.message}
        hint="The customer's WhatsApp number, e.g. 0812 3456 7890 or +62 812 3456 7890."
        inputMode="tel"
        autoComplete="off"
      />
      <TextField
        label="Customer name"
        {...register("userName")}
        error={errors.userName?.message}
        autoComplete="off"
      />
      <TextAreaField label="Issue" {...register("issue")} error={errors.issue?.message} />
      <TextField
        label="Tag"
        {...register("tag")}
        error={errors.tag?.message}
        hint="A short label for the kind of issue, e.g. billing."
      />
      <TextField
        label="Operator email"
        optional
        type="email"
        {...register("operatorEmail")}
        error={errors.operatorEmail?.message}
        hint="Assigns the ticket to this helpdesk operator."
      />
      <TextField
        label="Group ID"
        optional
        {...register("group")}
        error={errors.group?.message}
        hint="The helpdesk group (Damcorp dashboard: Helpdesk › Configuration), e.g. 1."
      />

      <div ref={notice} className="flex flex-col gap-3 empty:hidden">
        {existing ? (
          <div
            role="alert"
            className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          >
            <p>
              <strong>This customer already has a ticket that is not closed:</strong> #
              {existing.code} ({existing.status}) for {existing.customerNumber}. Continue in that
              ticket, or close it first.
            </p>
            <Link
              href={ticketHref(existing.code)}
              onClick={onShowTicket}
              className="self-start font-medium text-brand-700 underline hover:text-brand-800"
            >
              Open ticket #{existing.code}
            </Link>
          </div>
        ) : null}
        {formError ? (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            {formError}
          </p>
        ) : null}
      </div>

      <div className="flex justify-end gap-2 pt-1">
        <button
          type="button"
          onClick={onCancel}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
        >
          Cancel
        </button>
        <button
          type="submit"
          disabled={isSubmitting}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {isSubmitting ? "Opening…" : "Open ticket"}
        </button>
      </div>
    </form>
  );
}
