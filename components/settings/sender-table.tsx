"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { removeSenderAction, testSenderConnectionAction } from "@/app/(app)/settings/actions";
import type { SenderView } from "@/lib/senders/list-senders";
import { ConfirmButton } from "./confirm-button";
import { ConnectionTestButton } from "./connection-test-button";
import { buttonClass } from "@/components/ui/form-fields";
import { MaskedSecret } from "./masked-secret";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SenderForm } from "./sender-form";

export function SenderTable({ senders }: { senders: SenderView[] }) {
  if (senders.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
        No sender number yet: add one below to send messages.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Sender numbers</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Label
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Number
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Token
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Default
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {senders.map((sender) => (
            <SenderRow key={sender.id} sender={sender} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SenderRow({ sender }: { sender: SenderView }) {
  const [editing, setEditing] = useState(false);
  const fromEnv = sender.source === "environment";
  return (
    <tr className="border-b border-slate-100 align-top last:border-0">
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
