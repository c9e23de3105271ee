"use client";

import { memo } from "react";
import clsx from "clsx";
import { useDraggable } from "@dnd-kit/core";
import { ageOf, formatDateTime } from "@/lib/time/format";
import { composerHref } from "@/lib/tickets/composer-link";
import type { TicketCard as Card } from "@/lib/tickets/types";
import { TicketCardMenu, type MenuItem } from "./ticket-card-menu";
import { displayNumber } from "@/lib/phone/display-number";

type CardActions = {
  onOpen: (code: string) => void;
  /** Agents and admins may write to the customer (the composer is theirs). */
  canMessage: boolean;
  /** Present when the viewer may close tickets. */
  onRequestClose?: (card: Card) => void;
};

/** What a card shows; also rendered under the pointer while it is dragged. */
export function TicketCardBody({
  card,
  timeZone,
  now,
  handle,
  menu,
  onOpen,
}: {
  card: Card;
  timeZone: string;
  now: Date;
  handle?: React.ReactNode;
  menu?: React.ReactNode;
  onOpen?: (code: string) => void;
}) {
  const when = card.status === "closed" ? (card.closedAt ?? card.createdAt) : card.createdAt;
  const whenLabel = card.status === "closed" && card.closedAt ? "Closed" : "Opened";
  return (
    <div className="flex items-start gap-2">
      {handle}
      <div className="min-w-0 flex-1">
        <div className="flex items-center justify-between gap-2">
          <h3 className="text-sm font-semibold text-slate-900">
            <button
              type="button"
              onClick={() => onOpen?.(card.code)}
              aria-label={`Open ticket #${card.code}`}
              className="rounded hover:text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              #{card.code}
            </button>
          </h3>
          {menu}
        </div>
        <p className="truncate text-sm font-medium text-slate-800">
          {card.customerName ?? "Unknown customer"}
        </p>
        {card.customerNumber ? (
          <p className="text-xs text-slate-500">{displayNumber(card.customerNumber)}</p>
        ) : null}
        {card.problem ? (
          <p className="mt-1 line-clamp-2 text-sm text-slate-700">{card.problem}</p>
        ) : null}
        <dl className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
          <div className="flex gap-1">
            <dt className="sr-only">Operator</dt>
            <dd className={card.operatorName ? undefined : "italic text-amber-700"}>
              {card.operatorName ?? "Unassigned"}
            </dd>
          </div>
          {when ? (
            <div className="flex gap-1">
              <dt className="sr-only">{whenLabel}</dt>
              <dd>
                <time dateTime={when} title={formatDateTime(when, timeZone)}>
                  {whenLabel.toLowerCase()} {ageOf(when, now)} ago
                </time>
              </dd>
            </div>
          ) : null}
          <div className="flex gap-1">
            <dt className="sr-only">Responses</dt>
            <dd>
              {card.responses === null
                ? "? responses"
                : `${card.responses} ${card.responses === 1 ? "response" : "responses"}`}
            </dd>
          </div>
        </dl>
      </div>
    </div>
  );
}

/**
 * A card on the board: opens the panel, has a menu, and can be dragged to Closed. Memoised: with
 * hundreds of cards loaded, opening a panel or typing a search renders none of them again.
 */
export const TicketCard = memo(function TicketCard({
  card,
  timeZone,
  now,
  onOpen,
  canMessage,
  onRequestClose,
}: { card: Card; timeZone: string; now: Date } & CardActions) {
  // The helpdesk closes a ticket by code and customer number, so both are needed.
  const closable =
    Boolean(onRequestClose) && card.status !== "closed" && Boolean(card.customerNumber);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.code,
    data: { card },
    disabled: !closable,
  });

  const items: MenuItem[] = [
    { kind: "button", label: "Open conversation", onSelect: () => onOpen(card.code) },
  ];
  if (canMessage && card.customerNumber) {
    items.push({
      kind: "link",
      label: "Message customer",
      href: composerHref(card.customerNumber, card.code),
    });
  }
  if (closable && onRequestClose) {
    items.push({
      kind: "button",
      label: "Close ticket…",
      danger: true,
      onSelect: () => onRequestClose(card),
    });
  }

  return (
    <li ref={setNodeRef}>
      <article
        aria-label={`Ticket #${card.code}`}
        className={clsx(
          "rounded-md border border-slate-200 bg-white p-3 shadow-sm transition-colors hover:border-slate-300",
          isDragging && "opacity-40",
        )}
      >
        <TicketCardBody
          card={card}
          timeZone={timeZone}
          now={now}
          onOpen={onOpen}
          menu={<TicketCardMenu label={`Actions for ticket #${card.code}`} items={items} />}
          handle={
            closable ? (
              <button
                type="button"
                ref={setActivatorNodeRef}
                {...attributes}
                {...listeners}
                aria-label={`Move ticket #${card.code}`}
                className="-ml-1 mt-0.5 cursor-grab touch-none rounded p-0.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-600 active:cursor-grabbing"
              >
                <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
                  {[5, 10, 15].map((y) => (
                    <g key={y}>
                      <circle cx="7" cy={y} r="1.4" />
                      <circle cx="13" cy={y} r="1.4" />
                    </g>
                  ))}
                </svg>
              </button>
            ) : null
          }
        />
      </article>
    </li>
  );
});
