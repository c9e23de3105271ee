import type { SendDetail } from "@/lib/history/get-send-detail";

function JsonBlock({ label, json }: { label: string; json: string }) {
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      className="max-h-96 overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100 focus:outline focus:outline-2 focus:outline-brand-500"
    >
      {json}
    </pre>
  );
}

/** The request exactly as sent (token redacted) and the answer as received. */
export function ExchangeView({ send }: { send: SendDetail }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="request-heading" className="flex min-w-0 flex-col gap-2">
        <h2 id="request-heading" className="text-lg font-semibold">
          Request
        </h2>
        <p className="text-sm">
          <span className="font-mono">POST {send.path}</span>
          <span className="text-slate-500"> · the token is never stored</span>
        </p>
        <JsonBlock label="Request body" json={send.requestJson} />
      </section>
      <section aria-labelledby="response-heading" className="flex min-w-0 flex-col gap-2">
        <h2 id="response-heading" className="text-lg font-semibold">
          Response
        </h2>
        <p className="text-sm">
          {send.httpStatus !== null ? `HTTP ${send.httpStatus}` : "No HTTP answer"}
          {send.responseCode ? ` · responseCode ${send.responseCode}` : ""}
        </p>
        {send.responseJson ? (
          <JsonBlock label="Response body" json={send.responseJson} />
        ) : (
          <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600">
            {send.outcome === "dispatched"
              ? "Sent to Damcorp; Kabar is waiting for its answer."
              : send.outcome === "queued"
                ? "Not sent yet: the request is queued."
                : send.outcome === "cancelled" || send.outcome === "skipped"
                  ? "Not sent, so there is no answer."
                  : "No answer was received from Damcorp."}
          </p>
        )}
      </section>
    </div>
  );
}
