// Drag and drop on the board: only the Closed column accepts a card (the helpdesk API can close
// a ticket but not move it between open and processing). Keyboard users pick a card up with
// Space or Enter on its handle, move column to column with the arrow keys and drop with Space.
import type {
  Announcements,
  KeyboardCoordinateGetter,
  ScreenReaderInstructions,
  UniqueIdentifier,
} from "@dnd-kit/core";
import { BOARD_STATUSES, boardStatusLabels, type BoardStatus } from "@/lib/tickets/types";

export const columnDropId = (status: BoardStatus) => `column-${status}`;

export function statusOfDropId(id: UniqueIdentifier | null | undefined): BoardStatus | null {
  return BOARD_STATUSES.find((status) => columnDropId(status) === id) ?? null;
}

const FORWARD = new Set(["ArrowRight", "ArrowDown"]);
const BACKWARD = new Set(["ArrowLeft", "ArrowUp"]);

/** Arrow keys jump a picked-up card to the next or previous column, in reading order. */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context, currentCoordinates },
) => {
  const step = FORWARD.has(event.code) ? 1 : BACKWARD.has(event.code) ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  const columns = BOARD_STATUSES.flatMap((status) => {
    const rect = context.droppableRects.get(columnDropId(status));
    return rect ? [{ id: columnDropId(status), rect }] : [];
  }).sort((a, b) => a.rect.left - b.rect.left || a.rect.top - b.rect.top);
  // Right after pick-up `over` may not be known yet: the card is then in its own column.
  const card = context.active?.data.current?.card as { status?: BoardStatus } | undefined;
  const currentId = context.over?.id ?? (card?.status ? columnDropId(card.status) : undefined);
  const current = columns.findIndex((column) => column.id === currentId);
  const target = columns[Math.min(columns.length - 1, Math.max(0, current + step))];
  if (!target) return currentCoordinates;
  return { x: target.rect.left + 8, y: target.rect.top + 48 };
};

const columnName = (id: UniqueIdentifier | undefined) => {
  const status = statusOfDropId(id);
  return status ? boardStatusLabels[status] : "no column";
};

export const dndInstructions: ScreenReaderInstructions = {
  draggable:
    "To close this ticket, press Space to pick it up, the right arrow to move it to the Closed column, and Space again to drop it. Press Escape to cancel.",
};

export const dndAnnouncements: Announcements = {
  onDragStart: ({ active }) => `Picked up ticket #${active.id}.`,
  onDragOver: ({ active, over }) => `Ticket #${active.id} is over ${columnName(over?.id)}.`,
  onDragEnd: ({ active, over }) =>
    statusOfDropId(over?.id) === "closed"
      ? `Ticket #${active.id} dropped on Closed. Confirm to close it.`
      : `Ticket #${active.id} put back. Only the Closed column accepts tickets.`,
  onDragCancel: ({ active }) => `Moving ticket #${active.id} cancelled.`,
};
