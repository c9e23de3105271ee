"use client";

// One click from the review: the campaign's first recipients sent to a Damcorp sandbox Kabar
// starts for the rehearsal (never the configured Damcorp), with every request and answer shown.
import { useState } from "react";
import { rehearseCampaignAction } from "@/app/(app)/campaigns/new/actions";
import { buttonClass } from "@/components/ui/styles";
import type { Rehearsal } from "@/lib/campaigns/rehearsal/run-rehearsal";
import { StepError, useStepAction } from "./use-step-action";

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function RehearsalPanel({ campaignId }: { campaignId: string }) {
  const [rehearsal, setRehearsal] = useState<Rehearsal | null>(null);
  const { run, pending, failure } = useStepAction<Rehearsal>();
  return (
    <section aria-label="Rehearsal" className="flex flex-col gap-3">
      <h2 className="text-base font-semibold">Rehearsal</h2>
      <p className="text-sm text-slate-600">
        Sends the first recipients&apos; messages to a Damcorp sandbox that Kabar starts for this
        rehearsal only: no customer receives anything.
      </p>
      <div>
        <button
          type="button"
          className={buttonClass.secondary}
          disabled={pending}
          onClick={() => run(() => rehearseCampaignAction({ id: campaignId }), setRehearsal)}
        >
          {pending ? "Rehearsing…" : "Rehearse against a sandbox"}
        </button>
      </div>
      <StepError message={failure?.message} />
      {rehearsal ? (
        <div className="flex flex-col gap-2">
          <p role="status" className="text-sm">
            Rehearsed {rehearsal.rehearsed} of {rehearsal.planned} recipients:{" "}
            {rehearsal.exchanges.length} requests to the sandbox.
          </p>
          <ol aria-label="Rehearsal requests" className="flex flex-col gap-2">
            {rehearsal.exchanges.map((e, i) => (
              <li key={i} className="rounded-md border border-slate-200 p-3 text-sm">
                <p className="font-medium">
                  Row {e.row}, +{e.to}: {e.method} {e.path} → HTTP {e.httpStatus ?? "no answer"} —{" "}
                  {e.outcome}
                </p>
                <details>
                  <summary>Request and answer of row {e.row}</summary>
                  <pre className="overflow-x-auto text-xs">{json(e.body)}</pre>
                  <pre className="overflow-x-auto text-xs">{json(e.response)}</pre>
                </details>
              </li>
            ))}
          </ol>
          {rehearsal.notBuilt.map((n) => (
            <p key={n.row} className="text-sm text-amber-900">
              Row {n.row} not built: {n.problems.join("; ")}
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
