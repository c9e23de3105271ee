"use client";

// React Query for the live views only (history, composer, media, tickets): their pages wrap
// their client part in this provider, so pages without live data do not load React Query.
// One client per browser tab keeps the cache across page changes.
import { QueryClient, QueryClientProvider, isServer } from "@tanstack/react-query";

function newQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } });
}

let browserClient: QueryClient | undefined;

function queryClient(): QueryClient {
  // On the server each render gets its own client: nothing may leak between requests.
  if (isServer) return newQueryClient();
  browserClient ??= newQueryClient();
  return browserClient;
}

export function QueryProvider({ children }: { children: React.ReactNode }) {
  return <QueryClientProvider client={queryClient()}>{children}</QueryClientProvider>;
}
