"use client";

import { ModalDialog } from "@/components/ui/modal-dialog";
import type { TicketCard } from "@/lib/tickets/types";

/** Asks before closing: closing ends the customer's ticket in the helpdesk and cannot be undone here. */
export function CloseTicketDialog({
  card,
  onCancel,
  onConfirm,
}: {
  card: TicketCard | null;
  onCancel: () => void;
  onConfirm: (card: TicketCard) => void;
}) {
  const customer = card?.customerName ?? card?.customerNumber ?? "the customer";
  return (
    <ModalDialog
      open={card !== null}
      onClose={onCancel}
      title={card ? `Close ticket #${card.code}?` : "Close ticket?"}
      description={`The helpdesk closes ${customer}'s ticket. Kabar cannot reopen it; a new ticket would have to be opened.`}
    >
      {card ? (
        <div className="flex flex-col gap-4">
          {card.problem ? (
            <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">{card.problem}</p>
          ) : null}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={onCancel}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
            >
              Keep open
            </button>
            <button
              type="button"
              onClick={() => onConfirm(card)}
              className="rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700"
            >
              Close ticket
            </button>
          </div>
        </div>
      ) : null}
    </ModalDialog>
  );
}
