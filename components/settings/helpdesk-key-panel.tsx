"use client";

import { toast } from "@/components/ui/toast";
import {
  clearHelpdeskKeyAction,
  setHelpdeskKeyAction,
  testHelpdeskConnectionAction,
} from "@/app/(app)/settings/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ConnectionTestButton } from "./connection-test-button";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { MaskedSecret } from "./masked-secret";
import { useActionForm } from "@/components/ui/use-action-form";

/** The helpdesk-key status as the page passes it (dates already formatted on the server). */
export interface HelpdeskKeyPanelStatus {
  stored: { last4: string; updatedAt: string } | null;
  environment: { last4: string } | null;
  inUse: "database" | "environment" | null;
}

export function HelpdeskKeyPanel({ status }: { status: HelpdeskKeyPanelStatus }) {
  const { state, pending, onSubmit, fieldError } = useActionForm(
    setHelpdeskKeyAction,
    (_data, form) => {
      toast.success("Helpdesk api-key saved.");
      form.reset();
    },
  );
  const { stored, environment } = status;

  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <div data-testid="helpdesk-key-status" className="flex flex-col gap-1 text-sm">
        {stored ? (
          <p>
            <strong>In use:</strong> the api-key saved here (<MaskedSecret last4={stored.last4} />
            ), saved {stored.updatedAt}.
          </p>
        ) : environment ? (
          <p>
            <strong>In use:</strong> the api-key from the environment (DAMCORP_HELPDESK_API_KEY,{" "}
            <MaskedSecret last4={environment.last4} />
            ), read-only here. An api-key saved below replaces it.
          </p>
        ) : (
          <p>
            <strong>No api-key yet.</strong> The ticket board needs one: save it below, or set
            DAMCORP_HELPDESK_API_KEY.
          </p>
        )}
        {stored && environment ? (
          <p className="text-slate-600">
            DAMCORP_HELPDESK_API_KEY is also set (<MaskedSecret last4={environment.last4} />
            ): Kabar falls back to it if you clear the saved api-key.
          </p>
        ) : null}
      </div>

      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:max-w-md">
        <TextField
          label={stored ? "New api-key" : "Api-key"}
          name="apiKey"
          type="password"
          autoComplete="off"
          required
          hint="From the Damcorp dashboard: Helpdesk › Configuration › Integration. Stored encrypted."
          error={fieldError("apiKey")}
        />
        <FormAlert message={state.ok ? null : state.message} />
        <button type="submit" disabled={pending} className={`${buttonClass.primary} self-start`}>
          {pending ? "Saving…" : stored ? "Replace api-key" : "Save api-key"}
        </button>
      </form>

      <div className="flex flex-wrap items-start gap-2 border-t border-slate-100 pt-4">
        <ConnectionTestButton
          accessibleLabel="Test connection to the helpdesk"
          run={() => testHelpdeskConnectionAction({})}
        />
        {stored ? (
          <ConfirmButton
            label="Clear saved api-key"
            title="Clear the saved helpdesk api-key?"
            description={
              environment
                ? "Kabar will use DAMCORP_HELPDESK_API_KEY from the environment instead."
                : "The ticket board stops working until an api-key is saved again."
            }
            confirmLabel="Clear api-key"
            onConfirm={async () => {
              const result = await clearHelpdeskKeyAction({});
              if (!result.ok) return result.message;
              toast.success("Saved helpdesk api-key cleared.");
              return null;
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
