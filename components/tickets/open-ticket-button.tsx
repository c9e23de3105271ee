"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { ticketKeys } from "@/lib/tickets/query-keys";

// The form (react-hook-form, zod and the phone-number library, ~100 KB) is fetched when someone
// points at or focuses the button, not with the board.
const loadForm = () => import("./open-ticket-form");
const OpenTicketForm = dynamic(() => loadForm().then((m) => m.OpenTicketForm), {
  ssr: false,
  loading: () => (
    <p role="status" className="py-6 text-center text-sm text-slate-600">
      Loading the form…
    </p>
  ),
});
const preloadForm = () => void loadForm().catch(() => undefined); // tried again on click

/** Opens the panel of a ticket on the board, keeping the board's other filters. */
function showTicket(code: string) {
  const params = new URLSearchParams(window.location.search);
  params.set("ticket", code);
  window.history.replaceState(null, "", `${window.location.pathname}?${params.toString()}`);
}

/** "Open ticket" and its dialog (agents and admins only: the page renders it just for them). */
export function OpenTicketButton() {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        onPointerEnter={preloadForm}
        onFocus={preloadForm}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        Open ticket
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Open a ticket"
        description="Opens a helpdesk ticket for a customer. The helpdesk refuses a second ticket while one is still open or processing."
      >
        <OpenTicketForm
          onCancel={() => setOpen(false)}
          onShowTicket={() => setOpen(false)}
          onOpened={(code, customer) => {
            setOpen(false);
            void queryClient.invalidateQueries({ queryKey: ticketKeys.columns() });
            toast.success(
              code ? `Ticket #${code} opened for ${customer}.` : `Ticket opened for ${customer}.`,
              code ? { action: { label: "View", onClick: () => showTicket(code) } } : undefined,
            );
          }}
        />
      </ModalDialog>
    </>
  );
}
