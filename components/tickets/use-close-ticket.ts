"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { closeTicketAction } from "@/app/(app)/tickets/actions";
import { callAction } from "@/browser/call-action";
import { withClosedTicket, withoutTicket, type ColumnData } from "@/lib/tickets/optimistic-close";
import { ticketKeys, ticketMutationKeys } from "@/lib/tickets/query-keys";
import type { TicketCard, TicketDetail } from "@/lib/tickets/types";
import { HELPDESK_CHANGE_WORDING } from "@/lib/wording/failures";

class CloseRefusedError extends Error {}

type Snapshot = [QueryKey, unknown][];

/**
 * Closes a ticket optimistically: the card moves to Closed at once; if the helpdesk refuses, every
 * cache goes back to how it was and a toast says why. The board refreshes afterwards either way.
 */
export function useCloseTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ticketMutationKeys.close,
    mutationFn: async (card: TicketCard) => {
      const result = await callAction(() =>
        closeTicketAction({ ticketCode: card.code, userNumber: card.customerNumber ?? "" }),
      );
      if (!result.ok) throw new CloseRefusedError(result.message);
      return result.data;
    },
    onMutate: async (card): Promise<{ snapshot: Snapshot }> => {
      // A refresh landing now would put the card back before the helpdesk has answered.
      await queryClient.cancelQueries({ queryKey: ticketKeys.all });
      const snapshot: Snapshot = queryClient.getQueriesData({ queryKey: ticketKeys.all });
      const now = new Date();
      for (const [key, data] of queryClient.getQueriesData<ColumnData>({
        queryKey: ticketKeys.columns(),
      })) {
        if (!data) continue;
        const status = key[2];
        queryClient.setQueryData<ColumnData>(
          key,
          status === "closed" ? withClosedTicket(data, card, now) : withoutTicket(data, card.code),
          // The rest of the column is as old as before: the board's "updated … ago" stays true.
          { updatedAt: queryClient.getQueryState(key)?.dataUpdatedAt },
        );
      }
      queryClient.setQueryData<TicketDetail>(ticketKeys.detail(card.code), (detail) =>
        detail ? { ...detail, status: "closed", closedAt: now.toISOString() } : detail,
      );
      return { snapshot };
    },
    onError: (error, card, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
      const reason =
        error instanceof CloseRefusedError ? error.message : "Something went wrong in the browser.";
      toast.error(`Ticket #${card.code} was not closed. ${reason}`);
    },
    onSuccess: (data, card) => {
      toast.success(
        data.confirmedBy === "re-read"
          ? `Ticket #${card.code} closed. ${HELPDESK_CHANGE_WORDING.closedAfterCheck}`
          : `Ticket #${card.code} closed.`,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ticketKeys.all }),
  });
}
