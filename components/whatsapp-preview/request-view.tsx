"use client";

import { memo, useMemo } from "react";
import { toast } from "@/components/ui/toast";
import { CopyButton } from "@/components/ui/copy-button";
import { buttonClass } from "@/components/ui/styles";
import { CopyIcon } from "./icons";
import { buildCurl, DAMCORP_WHATSAPP_BASE_URL, requestJson } from "./request-curl";

/**
 * The exact request the composer will send: method, path and pretty JSON body. Credentials are
 * shown (and copied) as <YOUR_TOKEN> even if the caller forgot to redact them.
 */
export const RequestView = memo(function RequestView({
  method,
  path,
  body,
  baseUrl = DAMCORP_WHATSAPP_BASE_URL,
}: {
  method: string;
  path: string;
  body: unknown;
  /** Where the path is sent; shown only in the copied curl command. */
  baseUrl?: string;
}) {
  const json = useMemo(() => requestJson(body), [body]);

  const confirm = (what: string) => (ok: boolean) => {
    if (ok) toast.success(`Copied ${what}`, { description: "Paste it where you need it." });
    else
      toast.error(`Could not copy the ${what}`, {
        description: "Select the text and copy it by hand.",
      });
  };

  return (
    <section aria-label="Request" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-3 py-2">
        <p className="min-w-0 font-mono text-xs">
          <span className="mr-2 rounded bg-brand-100 px-1.5 py-0.5 font-semibold text-brand-900">
            {method.toUpperCase()}
          </span>
          <span data-testid="request-path" className="break-all">
            {path}
          </span>
        </p>
        <span className="flex gap-2">
          <CopyButton
            label="Copy request as curl"
            value={() => buildCurl({ method, path, body, baseUrl })}
            onCopied={confirm("curl command")}
            className={buttonClass.small}
          >
            <CopyIcon className="h-3.5 w-3.5" />
            Copy request as curl
          </CopyButton>
          <CopyButton
            label="Copy request JSON"
            value={json}
            onCopied={confirm("JSON body")}
            className={buttonClass.small}
          >
            <CopyIcon className="h-3.5 w-3.5" />
            Copy request JSON
          </CopyButton>
        </span>
      </header>
      <pre
        aria-label="Request body"
        tabIndex={0}
        className="max-h-96 overflow-auto px-3 py-2 font-mono text-xs leading-relaxed text-slate-800"
      >
        {json}
      </pre>
    </section>
  );
});
