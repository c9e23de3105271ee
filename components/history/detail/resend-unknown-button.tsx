"use client";

// "Send again" on a send whose outcome is unknown: never by itself, only after a warning that the
// customer may get the message twice. The re-send is its own request, shown on its own page.
import { useRouter } from "next/navigation";
import { resendUnknownSend } from "@/app/(app)/history/[id]/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { UNKNOWN_OUTCOME_ADVICE } from "@/lib/wording/failures";

export function ResendUnknownButton({
  sendId,
  recipients,
}: {
  sendId: string;
  recipients: number;
}) {
  const router = useRouter();
  const who = recipients === 1 ? "The customer" : `Each of the ${recipients} recipients`;
  return (
    <ConfirmButton
      tone="secondary"
      label="Send again…"
      title="Send this message again?"
      description={`Nobody knows whether this send reached Damcorp. ${who} may get the message twice.`}
      confirmLabel="Send again, it may arrive twice"
      onConfirm={async () => {
        const result = await resendUnknownSend({ sendId });
        if (!result.ok) return result.message;
        router.push(`/history/${result.data.sendId}`);
        return null;
      }}
    >
      <p className="mb-4 rounded-md bg-amber-50 p-2 text-sm text-amber-950">
        {UNKNOWN_OUTCOME_ADVICE}
      </p>
    </ConfirmButton>
  );
}
