"use client";

import { DataTable, rowClass } from "@/components/ui/data-table";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { removeSenderAction, testSenderConnectionAction } from "@/app/(app)/settings/actions";
import type { SenderView } from "@/lib/senders/list-senders";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ConnectionTestButton } from "./connection-test-button";
import { buttonClass } from "@/components/ui/styles";
import { MaskedSecret } from "./masked-secret";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SenderForm } from "./sender-form";
import { SenderRateForm } from "./sender-rate-form";
import { describeRate, rateOf } from "@/lib/delivery/send-rate";
import type { SenderRateView } from "@/lib/senders/sender-rates";

export type SenderWithRate = SenderView & { rate: SenderRateView };

const rateText = {
  column: "Send rate",
  default: "default",
  set: "Set rate",
  setFor: (label: string) => `Set rate for ${label}`,
  title: (label: string) => `Send rate of ${label}`,
};

export function SenderTable({ senders }: { senders: SenderWithRate[] }) {
  if (senders.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
        No sender number yet: add one below to send messages.
      </p>
    );
  }
  return (
    <DataTable
      caption="Sender numbers"
      columns={["Label", "Number", "Token", "Default", rateText.column, "Actions"]}
      density="comfortable"
    >
      {senders.map((sender) => (
        <SenderRow key={sender.id} sender={sender} />
      ))}
    </DataTable>
  );
}

function SenderRow({ sender }: { sender: SenderWithRate }) {
  const [editing, setEditing] = useState(false);
  const [settingRate, setSettingRate] = useState(false);
  const fromEnv = sender.source === "environment";
  return (
    <tr className={rowClass}>
      <th scope="row" className="px-4 py-3 font-medium">
        {sender.label}
        {fromEnv ? (
          <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">
            Read-only
          </span>
        ) : null}
      </th>
      <td className="px-4 py-3 font-mono">{sender.number ?? "—"}</td>
      <td className="px-4 py-3">
        <MaskedSecret last4={sender.last4} />
      </td>
      <td className="px-4 py-3">{sender.isDefault ? "Default" : ""}</td>
      <td className="px-4 py-3">
        <div className="flex flex-col items-start gap-1">
          <span>
            {describeRate(rateOf(sender.rate))}
            {sender.rate.isDefault ? (
              <span className="ml-1 text-xs text-slate-500">({rateText.default})</span>
            ) : null}
          </span>
          <button
            type="button"
            aria-label={rateText.setFor(sender.label)}
            onClick={() => setSettingRate(true)}
            className={buttonClass.secondary}
          >
            {rateText.set}
          </button>
          <ModalDialog
            open={settingRate}
            onClose={() => setSettingRate(false)}
            title={rateText.title(sender.label)}
          >
            <SenderRateForm
              senderId={sender.id}
              label={sender.label}
              rate={sender.rate}
              onDone={() => setSettingRate(false)}
            />
          </ModalDialog>
        </div>
      </td>
      <td className="px-4 py-3">
        <div className="flex flex-wrap items-start gap-2">
          <ConnectionTestButton
            accessibleLabel={`Test connection for ${sender.label}`}
            run={() => testSenderConnectionAction({ senderId: sender.id })}
          />
          {fromEnv ? (
            <p className="max-w-xs text-xs text-slate-500">
              Set by DAMCORP_TOKEN in the environment: change it there.
            </p>
          ) : (
            <>
              <button
                type="button"
                aria-label={`Edit ${sender.label}`}
                onClick={() => setEditing(true)}
                className={buttonClass.secondary}
              >
                Edit
              </button>
              <ConfirmButton
                label="Remove"
                accessibleLabel={`Remove ${sender.label}`}
                title={`Remove ${sender.label}?`}
                description="Messages can no longer be sent from this number and its token is erased. Past sends keep showing the number."
                confirmLabel="Remove sender number"
                onConfirm={async () => {
                  const result = await removeSenderAction({ senderId: sender.id });
                  if (!result.ok) return result.message;
                  toast.success(`${sender.label} removed.`);
                  return null;
                }}
              />
              <ModalDialog
                open={editing}
                onClose={() => setEditing(false)}
                title={`Edit ${sender.label}`}
              >
                <SenderForm sender={sender} onDone={() => setEditing(false)} />
              </ModalDialog>
            </>
          )}
        </div>
      </td>
    </tr>
  );
}
