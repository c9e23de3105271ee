import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { formatDateTimeLong } from "@/lib/time/format";
import { isSendKind, kindLabels } from "@/lib/vocabulary/sends";
import { describeSendErrorCode } from "@/lib/wording/describe-failure";
import type { SendDetail } from "@/lib/history/get-send-detail";
import { OutcomeBadge } from "../badges";

function attemptsText(attempts: number): string {
  if (attempts <= 1) return attempts === 1 ? "1 attempt" : "Not attempted yet";
  const retries = attempts - 1;
  return `${attempts} attempts (${retries} ${retries === 1 ? "retry" : "retries"})`;
}

function durationText(from: Date, to: Date | null): string | null {
  if (!to) return null;
  const ms = to.getTime() - from.getTime();
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Who sent what, when, from which number, and how it ended. */
export function SendSummary({
  send,
  timeZone,
  now,
}: {
  send: SendDetail;
  timeZone: string;
  /** A send not finished: what the engine is doing with it now, in plain words. */
  now?: string | null;
}) {
  const locale = useLocale();
  const t = useTranslations("history.detail");
  const error = send.errorCode ? describeSendErrorCode(send.errorCode) : null;
  const took = durationText(send.createdAt, send.completedAt);
  return (
    <section
      aria-labelledby="summary-heading"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="summary-heading" className="mb-3 text-lg font-semibold">
        Summary
      </h2>
      <dl className="grid grid-cols-[11rem_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-500">Outcome</dt>
        <dd className="flex flex-col gap-1">
          <span>
            <OutcomeBadge outcome={send.outcome} />
          </span>
          {now ? <span role="status">{now}</span> : null}
          {error ? (
            <span>
              <span className="font-mono">{send.errorCode}</span> · <strong>{error.title}</strong>:{" "}
              {error.meaning} {error.action}
            </span>
          ) : null}
          {send.errorMessage &&
          (!error || send.errorMessage !== `${error.meaning} ${error.action}`) ? (
            <span className="text-slate-600">{send.errorMessage}</span>
          ) : null}
        </dd>
        <dt className="text-slate-500">Sent at</dt>
        <dd>{formatDateTimeLong(send.createdAt, timeZone, locale)}</dd>
        <dt className="text-slate-500">Completed</dt>
        <dd>
          {send.completedAt
            ? `${formatDateTimeLong(send.completedAt, timeZone, locale)} (took ${took})`
            : "Not yet"}
        </dd>
        <dt className="text-slate-500">Sent by</dt>
        <dd>{send.user ? `${send.user.name} (${send.user.email})` : "Unknown user"}</dd>
        <dt className="text-slate-500">Sender number</dt>
        <dd>
          {send.sender.label}
          {send.sender.number ? ` · ${send.sender.number}` : ""}
          {send.sender.removed ? " · removed since" : ""}
        </dd>
        <dt className="text-slate-500">Message</dt>
        <dd>
          {isSendKind(send.kind) ? kindLabels[send.kind] : send.kind}
          {send.templateName ? (
            <>
              {" "}
              · template <span className="font-mono">{send.templateName}</span>
            </>
          ) : null}
          {send.summary ? <p className="text-slate-600">{send.summary}</p> : null}
        </dd>
        <dt className="text-slate-500">Attempts</dt>
        <dd>{attemptsText(send.attempts)}</dd>
        <dt className="text-slate-500">Idempotency key</dt>
        <dd className="break-all font-mono text-xs">{send.idempotencyKey}</dd>
        <dt className="text-slate-500">Ticket</dt>
        <dd>
          {send.ticketCode ? (
            <Link
              href={`/tickets?ticket=${encodeURIComponent(send.ticketCode)}`}
              className="text-brand-700 underline underline-offset-2"
            >
              Ticket {send.ticketCode}
            </Link>
          ) : (
            "Not sent from a ticket"
          )}
        </dd>
        {send.campaign ? (
          <>
            <dt className="text-slate-500">{t("campaign")}</dt>
            <dd>
              <Link
                href={`/campaigns/${encodeURIComponent(send.campaign.id)}`}
                className="text-brand-700 underline underline-offset-2"
              >
                {t("fromCampaign", { name: send.campaign.name })}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
