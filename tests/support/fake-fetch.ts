// A scripted stand-in for fetch in unit tests: each call takes the next step, and every call
// is recorded (URL, method, headers, body) so tests can assert exactly what was sent.

export type FakeStep =
  | { status?: number; json: unknown; headers?: Record<string, string> }
  | { status?: number; text: string; headers?: Record<string, string> }
  | { error: string; message?: string }
  | { hang: true };

export type RecordedCall = {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | FormData | undefined;
};

function networkError(code: string, message?: string): TypeError {
  const cause = Object.assign(new Error(message ?? `${code} 127.0.0.1:1`), { code });
  return new TypeError("fetch failed", { cause });
}

export function fakeFetch(steps: FakeStep[]): { fetch: typeof fetch; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  let index = 0;
  const fn = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const step = steps[Math.min(index, steps.length - 1)];
    index += 1;
    calls.push({
      url: String(input),
      method: init?.method ?? "GET",
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: init?.body as string | FormData | undefined,
    });
    if (!step) throw new Error("fakeFetch: no steps");
    if ("error" in step) throw networkError(step.error, step.message);
    if ("hang" in step) {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener("abort", () =>
          reject(new DOMException("This operation was aborted", "AbortError")),
        );
      });
    }
    const body = "json" in step ? JSON.stringify(step.json) : step.text;
    return new Response(body, {
      status: step.status ?? 200,
      headers: {
        "content-type": "json" in step ? "application/json" : "text/html",
        ...step.headers,
      },
    });
  };
  return { fetch: fn, calls };
}

export const sent = (to: string, extra: Record<string, unknown> = {}) => ({
  to,
  msgId: "gBGHYoITgIJpXwIJLV7tPke21fR-",
  status: "sent",
  ...extra,
});

export const okEnvelope = (data: unknown) => ({
  responseCode: "000",
  version: "1.3.4-beta2",
  data,
  message: "success",
});
