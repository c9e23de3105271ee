// Fault injection (POST /__sandbox/faults): lets tests provoke outages, throttling, slow answers
// and dropped connections on demand instead of hoping the real service misbehaves, including the
// worst kind: the request took effect at Damcorp but its answer never arrived.
import { z } from "zod";
import { samePath } from "./log";

/**
 * When the request takes effect: before the fault's delay/drop/status ("Damcorp did it, the
 * answer was lost"), after the delay (then answers normally or with the fault), or never.
 */
export type ApplyMode = "before" | "after" | "never";

export const faultSchema = z
  .object({
    path: z.string().startsWith("/").optional(),
    /** Only requests made with this credential (WhatsApp token or helpdesk api-key). */
    token: z.string().min(1).optional(),
    status: z.number().int().min(200).max(599).optional(),
    retryAfter: z.number().int().min(0).optional(),
    delayMs: z.number().int().min(0).max(600_000).optional(),
    dropConnection: z.boolean().optional(),
    /** true = "before", false = "never". Default: "never" with status/dropConnection, else "before". */
    apply: z.union([z.boolean(), z.enum(["before", "after", "never"])]).optional(),
    /** Let this many matching requests through before the fault starts. */
    skip: z.number().int().min(0).default(0),
    times: z.number().int().min(1).default(1),
  })
  .strict()
  .refine((f) => f.status !== undefined || f.delayMs !== undefined || f.dropConnection === true, {
    message: "a fault needs at least one of status, delayMs or dropConnection",
  })
  .transform(({ apply, ...fault }) => {
    const fails = fault.status !== undefined || fault.dropConnection === true;
    const mode: ApplyMode =
      apply === undefined
        ? fails
          ? "never"
          : "before"
        : apply === true
          ? "before"
          : apply || "never";
    return { ...fault, apply: mode };
  })
  .refine((f) => f.status !== undefined || f.dropConnection === true || f.apply !== "never", {
    message: 'a delay-only fault always answers, so it cannot have apply "never"',
  });

export type Fault = z.infer<typeof faultSchema>;

export class FaultQueue {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /**
   * The oldest armed fault matching this request, with one use consumed. Every matching fault
   * that is still skipping counts the request, whichever fault (if any) takes it.
   */
  take(path: string, credential: string | undefined): Fault | undefined {
    let taken: Fault | undefined;
    for (const fault of this.faults) {
      if (fault.path !== undefined && !samePath(fault.path, path)) continue;
      if (fault.token !== undefined && fault.token !== credential) continue;
      if (fault.skip > 0) fault.skip -= 1;
      else if (!taken) taken = fault;
    }
    if (!taken) return undefined;
    taken.times -= 1;
    if (taken.times <= 0) this.faults.splice(this.faults.indexOf(taken), 1);
    return { ...taken };
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
  }
}
