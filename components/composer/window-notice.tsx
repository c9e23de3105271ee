"use client";

// WhatsApp's 24-hour rule, said before sending: a session message reaches only customers who
// wrote in the last 24 hours. Looked up in the helpdesk; when it cannot tell, that is said too.
// It never blocks the send (Damcorp decides, answering 470) but offers a template instead.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { fetchCustomerWindows } from "@/browser/composer/fetch-customer-windows";
import { MAX_WINDOW_NUMBERS, type CustomerWindow } from "@/lib/composer/customer-window-schema";
import { composerKeys } from "@/lib/composer/query-keys";
import { ageOf } from "@/lib/time/format";
import { buttonClass } from "@/components/ui/styles";

type Translate = ReturnType<typeof useTranslations<"composer.window">>;

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

function lastWrote(t: Translate, w: CustomerWindow): string {
  switch (w.state) {
    case "unknown":
      return t("unknown");
    case "no_recent":
      return t("noRecent", { days: w.lookbackDays });
    case "open":
    case "closed":
      return t("lastWrote", { age: ageOf(w.lastCustomerMessageAt) });
  }
}

export function WindowNotice({
  numbers,
  ticketCode,
  onSwitchToTemplate,
}: {
  /** E.164 recipients of a session (non-template) message. */
  numbers: string[];
  ticketCode?: string;
  onSwitchToTemplate: () => void;
}) {
  const t = useTranslations("composer.window");
  const checked = numbers.slice(0, MAX_WINDOW_NUMBERS);
  // "Check again" asks the helpdesk anew, past the server's short cache.
  const [rechecks, setRechecks] = useState(0);
  const query = useQuery({
    queryKey: composerKeys.customerWindow(checked, ticketCode, rechecks),
    queryFn: ({ signal }) =>
      fetchCustomerWindows(checked, { ticketCode, fresh: rechecks > 0, signal }),
    enabled: checked.length > 0,
    staleTime: 30_000,
    retry: false,
  });
  if (checked.length === 0) return null;

  const switchButton = (
    <button type="button" onClick={onSwitchToTemplate} className={buttonClass.secondary}>
      {t("switchToTemplate")}
    </button>
  );
  const recheck = (
    <button type="button" onClick={() => setRechecks((n) => n + 1)} className={buttonClass.small}>
      {t("checkAgain")}
    </button>
  );

  if (query.isPending) {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t("checking", { count: checked.length })}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div
        role="status"
        className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
      >
        <p>{t.rich("checkFailed", { message: query.error.message, strong })}</p>
        <div className="flex gap-2">{switchButton}</div>
      </div>
    );
  }

  const windows = query.data;
  const closed = windows.filter((w) => w.state === "closed");
  const noRecent = windows.filter((w) => w.state === "no_recent");
  const unknown = windows.filter((w) => w.state === "unknown");
  const flagged = [...closed, ...noRecent, ...unknown];
  if (flagged.length === 0) {
    return (
      <p role="status" className="rounded-md bg-brand-50 p-2 text-sm text-brand-900">
        {t("allOpen", { count: windows.length })}
      </p>
    );
  }
  return (
    <div
      role="status"
      aria-label={t("ruleName")}
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      {closed.length > 0 ? (
        <p>
          {closed.length === 1 && windows.length === 1
            ? t.rich("closedOne", { strong })
            : t.rich("closedMany", { count: closed.length, total: windows.length, strong })}
        </p>
      ) : null}
      {noRecent.length > 0 ? (
        <p>
          {noRecent.length === 1 && windows.length === 1
            ? t.rich("noRecentOne", { strong })
            : t.rich("noRecentMany", { count: noRecent.length, total: windows.length, strong })}
        </p>
      ) : null}
      {unknown.length > 0 ? (
        <p>
          {unknown.length === windows.length
            ? t.rich("unknownAll", { strong })
            : t.rich("unknownSome", { count: unknown.length, strong })}{" "}
          {unknown[0]?.state === "unknown" ? unknown[0].reason : null} {t("unknownRefuse")}
        </p>
      ) : null}
      <ul className="list-disc pl-5 text-xs">
        {flagged.slice(0, 5).map((w) => (
          <li key={w.number}>
            <span className="font-mono">{w.number}</span>: {lastWrote(t, w)}
          </li>
        ))}
        {flagged.length > 5 ? <li>{t("more", { count: flagged.length - 5 })}</li> : null}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        {switchButton}
        {recheck}
      </div>
    </div>
  );
}
