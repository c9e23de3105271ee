import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors/expected-error";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead, canSend } from "@/lib/auth/roles";
import { getSendDetailOrThrow, type SendDetail } from "@/lib/history/get-send-detail";
import { isFinal, pendingState, recipientReason } from "@/lib/sends/compose-state";
import { getSendState } from "@/lib/sends/get-compose-state";
import { PageHeader } from "@/components/ui/page-header";
import { ExchangeView } from "@/components/history/detail/exchange-view";
import { ResendUnknownButton } from "@/components/history/detail/resend-unknown-button";
import { RecipientTable } from "@/components/history/detail/recipient-table";
import { SendSummary } from "@/components/history/detail/send-summary";

export const metadata: Metadata = { title: "Send details" };

async function loadSend(id: string): Promise<SendDetail> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  try {
    return await getSendDetailOrThrow(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function SendDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(canRead, "page:history");
  const { id } = await params;
  const send = await loadSend(id);
  const { timeZone } = user;
  // Not finished: what the engine is doing with it now (waiting until when, or nothing works on it).
  const unfinished = send.outcome === "queued" || send.outcome === "dispatched";
  const live = unfinished ? await getSendState(send.id, { timeZone }) : null;
  const now = !live
    ? null
    : isFinal(live.outcome)
      ? live.errorMessage
      : recipientReason({ status: pendingState(live), errorCode: null }, live, timeZone);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/history" className="text-brand-700 underline-offset-2 hover:underline">
          ← History
        </Link>
      </p>
      <PageHeader
        title="Send details"
        description={`Send ${send.id} · ${send.recipientCount.toLocaleString("en")} recipient${send.recipientCount === 1 ? "" : "s"}`}
      />
      <div className="flex flex-col gap-6">
        <SendSummary send={send} timeZone={timeZone} now={now} />
        {send.outcome === "unknown" && canSend.includes(user.role) ? (
          <div className="flex flex-wrap items-center gap-3">
            <ResendUnknownButton sendId={send.id} recipients={send.recipientCount} />
            <p className="text-sm text-slate-600">
              Nobody knows whether it was sent: Kabar never sends it again by itself.
            </p>
          </div>
        ) : null}
        <RecipientTable send={send} />
        <ExchangeView send={send} />
      </div>
    </>
  );
}
