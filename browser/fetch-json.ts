// The one way the browser reads Kabar's GET routes (React Query's queryFn calls it): JSON in,
// parsed with the route's zod schema when one is given; any failure is an ApiError.
import type { z } from "zod";
import { isErrorCode } from "@/lib/errors/codes";
import { ApiError, NO_ANSWER_MESSAGE, SESSION_ENDED_MESSAGE, routeErrorBodyOf } from "./api-error";

export interface FetchJsonOptions<T> {
  /** Checks the answer's shape; without one, the answer is trusted to be T. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
  /** Said when the server refuses without a message of its own. */
  failureMessage?: (status: number) => string;
}

export async function fetchJson<T>(url: string, options: FetchJsonOptions<T> = {}): Promise<T> {
  const { signal } = options;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: "application/json" },
      cache: "no-store",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error; // React Query cancelled it: not a failure to show
    throw new ApiError(NO_ANSWER_MESSAGE, 0, "network");
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const refused = routeErrorBodyOf(body);
    if (response.status === 401) throw new ApiError(SESSION_ENDED_MESSAGE, 401, "unauthenticated");
    throw new ApiError(
      refused?.error ??
        options.failureMessage?.(response.status) ??
        `Kabar answered with HTTP ${response.status}.`,
      response.status,
      isErrorCode(refused?.code) ? refused.code : undefined,
      { problem: refused?.problem, fieldErrors: refused?.fieldErrors, retryAt: refused?.retryAt },
    );
  }
  if (body === undefined) throw unreadable(response.status);
  if (!options.schema) return body as T;
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) throw unreadable(response.status);
  return parsed.data;
}

function unreadable(status: number): ApiError {
  return new ApiError(
    "Kabar's answer could not be read. Reload the page to try again.",
    status,
    "unreadable",
  );
}
