// The composer's read of GET /api/composer/customer-window (React Query calls it).
import {
  customerWindowListSchema,
  type CustomerWindow,
} from "@/lib/composer/customer-window-schema";
import { searchString } from "@/lib/url/search-params";
import { fetchJson } from "../fetch-json";

export function fetchCustomerWindows(
  numbers: readonly string[],
  options: { ticketCode?: string; fresh?: boolean; signal?: AbortSignal },
): Promise<CustomerWindow[]> {
  const search = searchString(["numbers", "ticketCode", "fresh"], {
    numbers: numbers.join(","),
    ticketCode: options.ticketCode,
    fresh: options.fresh ? "1" : undefined,
  });
  return fetchJson(`/api/composer/customer-window${search}`, {
    schema: customerWindowListSchema,
    signal: options.signal,
  });
}
