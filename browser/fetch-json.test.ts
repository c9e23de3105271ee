import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError } from "./api-error";
import { fetchJson } from "./fetch-json";

function answer(status: number, body?: unknown) {
  const text = body === undefined ? "" : JSON.stringify(body);
  vi.stubGlobal("fetch", async () => new Response(text, { status }));
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe("fetchJson", () => {
  it("returns the answer, checked by the schema when one is given", async () => {
    answer(200, { n: 3 });
    expect(await fetchJson("/api/x", { schema: z.object({ n: z.number() }) })).toEqual({ n: 3 });
    answer(200, { n: "3" });
    const wrong = await failure(fetchJson("/api/x", { schema: z.object({ n: z.number() }) }));
    expect(wrong).toMatchObject({ code: "unreadable", status: 200 });
  });

  it("carries the server's message, code, field errors and problem", async () => {
    const problem = {
      code: "500",
      title: "Damcorp server error",
      meaning: "The helpdesk had an internal problem.",
      action: "Try later.",
      retryable: "after_wait",
    };
    answer(502, {
      error: "The helpdesk had an internal problem.",
      code: "helpdesk_failed",
      problem,
    });
    const error = await failure(fetchJson("/api/tickets"));
    expect(error).toMatchObject({ status: 502, code: "helpdesk_failed", problem });
    expect(error.message).toBe("The helpdesk had an internal problem.");

    answer(400, {
      error: "Some fields need attention.",
      code: "invalid_input",
      fieldErrors: { q: ["Too long"] },
    });
    expect((await failure(fetchJson("/api/media"))).fieldErrors).toEqual({ q: ["Too long"] });
  });

  it("says so when the session ended, the server gave no words, or nothing answered", async () => {
    answer(401, { error: "whatever" });
    expect(await failure(fetchJson("/api/x"))).toMatchObject({
      status: 401,
      code: "unauthenticated",
      message: "Your session has ended. Sign in again to continue.",
    });

    answer(503);
    const silent = await failure(
      fetchJson("/api/x", { failureMessage: (s) => `Not loaded (${s}).` }),
    );
    expect(silent.message).toBe("Not loaded (503).");

    answer(418, { error: "No tea", code: "teapot" });
    expect((await failure(fetchJson("/api/x"))).code).toBeUndefined();

    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await failure(fetchJson("/api/x"))).toMatchObject({ status: 0, code: "network" });
  });

  it("lets a cancelled request reject as it was cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal("fetch", async () => {
      throw new DOMException("aborted", "AbortError");
    });
    await expect(fetchJson("/api/x", { signal: controller.signal })).rejects.toThrow("aborted");
  });
});
