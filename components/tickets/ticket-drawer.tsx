"use client";

import { useLocale } from "next-intl";
import { useEffect, useRef } from "react";
import { useQuery } from "@tanstack/react-query";
import { ApiError } from "@/browser/api-error";
import { fetchTicketDetail } from "@/browser/tickets/fetch-tickets";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { cardFromDetail } from "@/lib/tickets/to-ticket-view";
import type { TicketCard } from "@/lib/tickets/types";
import { formatDateTime } from "@/lib/time/format";
import { Conversation } from "./conversation";
import { CustomerWindowHint } from "./customer-window-hint";
import { StatusBadge } from "./status-badge";
import { useNow } from "./use-now";
import { displayNumber } from "@/lib/phone/display-number";

/**
 * The side panel of one ticket: a modal <dialog> (focus stays inside, Escape closes it, focus
 * returns to the card) with the whole conversation, refreshed like the board.
 */
export function TicketDrawer({
  code,
  timeZone,
  refetchIntervalMs,
  closing,
  canMessage,
  onClose,
  onRequestClose,
}: {
  code: string;
  timeZone: string;
  refetchIntervalMs: number | false;
  /** This ticket's close is on its way to the helpdesk. */
  closing: boolean;
  /** Agents and admins get the link to the composer. */
  canMessage: boolean;
  onClose: () => void;
  /** Present when the viewer may close tickets. */
  onRequestClose?: (card: TicketCard) => void;
}) {
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const now = useNow(30_000);
  const detail = useQuery({
    queryKey: ticketKeys.detail(code),
    queryFn: ({ signal }) => fetchTicketDetail(code, signal),
    refetchInterval: refetchIntervalMs,
    retry: false,
  });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const ticket = detail.data;
  const titleId = `ticket-${code}-title`;

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="fixed inset-y-0 right-0 left-auto m-0 h-full max-h-none w-full max-w-xl overflow-y-auto border-l border-slate-200 bg-slate-50 p-0 text-slate-900 shadow-2xl backdrop:bg-black/30"
    >
      <div className="flex min-h-full flex-col">
        <header className="sticky top-0 z-10 flex items-start justify-between gap-4 border-b border-slate-200 bg-white px-5 py-4">
          <div className="min-w-0">
            <h2 id={titleId} className="flex items-center gap-2 text-lg font-semibold">
              Ticket #{code}
              {ticket ? <StatusBadge status={ticket.status} /> : null}
            </h2>
            {ticket ? (
              <p className="truncate text-sm text-slate-600">
                {ticket.customerName ?? "Unknown customer"}
                {ticket.customerNumber ? ` · ${displayNumber(ticket.customerNumber)}` : ""}
              </p>
            ) : null}
          </div>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            aria-label="Close panel"
            className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <svg
              aria-hidden
              viewBox="0 0 20 20"
              className="h-5 w-5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M5 5l10 10M15 5L5 15" />
            </svg>
          </button>
        </header>

        <div className="flex flex-1 flex-col gap-5 px-5 py-4">
          {detail.isPending ? (
            <p role="status" className="text-sm text-slate-600">
              Loading the conversation…
            </p>
          ) : null}

          {detail.isError ? (
            <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
              {detail.error instanceof ApiError && detail.error.status === 404
                ? `The helpdesk has no ticket #${code}.`
                : `The ticket could not be loaded${ticket ? " again; this is what was last loaded" : ""}. ${detail.error.message}`}
            </p>
          ) : null}

          {ticket?.freshness?.stale ? (
            <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              This is the ticket as loaded at{" "}
              {formatDateTime(ticket.freshness.fetchedAt, timeZone, locale)}; it may be out of date.{" "}
              {ticket.freshness.stale.problem.meaning}
            </p>
          ) : null}

          {ticket ? (
            <>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-500">Problem</dt>
                <dd>{ticket.problem ?? "—"}</dd>
                <dt className="text-slate-500">Operator</dt>
                <dd>
                  {ticket.operatorName ?? <span className="italic text-amber-700">Unassigned</span>}
                </dd>
                <dt className="text-slate-500">Opened</dt>
                <dd>
                  {ticket.createdAt ? formatDateTime(ticket.createdAt, timeZone, locale) : "—"}
                </dd>
                {ticket.closedAt ? (
                  <>
                    <dt className="text-slate-500">Closed</dt>
                    <dd>{formatDateTime(ticket.closedAt, timeZone, locale)}</dd>
                  </>
                ) : null}
                <dt className="text-slate-500">Responses</dt>
                <dd>{ticket.responses ?? "—"}</dd>
              </dl>

              <CustomerWindowHint
                customerNumber={ticket.customerNumber}
                showLink={canMessage}
                ticketCode={ticket.code}
                lastCustomerMessageAt={ticket.lastCustomerMessageAt}
                now={now}
                timeZone={timeZone}
              />

              {onRequestClose && ticket.status !== "closed" ? (
                <button
                  type="button"
                  disabled={closing || !ticket.customerNumber}
                  onClick={() => onRequestClose(cardFromDetail(ticket))}
                  className="self-start rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60"
                >
                  {closing ? "Closing…" : "Close ticket"}
                </button>
              ) : null}

              <section aria-labelledby={`${titleId}-conversation`} className="flex flex-col gap-3">
                <h3 id={`${titleId}-conversation`} className="font-semibold">
                  Conversation
                </h3>
                <Conversation
                  messages={ticket.messages}
                  customerName={ticket.customerName}
                  operatorName={ticket.operatorName}
                  timeZone={timeZone}
                />
              </section>
            </>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}
