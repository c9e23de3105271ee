// Fault injection (POST /__sandbox/faults): lets tests provoke outages, throttling, slow answers
// and dropped connections on demand instead of hoping the real service misbehaves.
import { z } from "zod";
import { samePath } from "./log";

export const faultSchema = z
  .object({
    path: z.string().startsWith("/").optional(),
    status: z.number().int().min(200).max(599).optional(),
    retryAfter: z.number().int().min(0).optional(),
    delayMs: z.number().int().min(0).max(120_000).optional(),
    dropConnection: z.boolean().optional(),
    times: z.number().int().min(1).default(1),
  })
  .refine((f) => f.status !== undefined || f.delayMs !== undefined || f.dropConnection === true, {
    message: "a fault needs at least one of status, delayMs or dropConnection",
  });

export type Fault = z.infer<typeof faultSchema>;

export class FaultQueue {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** Consumes one use of the oldest fault matching this path (or with no path), if any. */
  take(path: string): Fault | undefined {
    const index = this.faults.findIndex((f) => f.path === undefined || samePath(f.path, path));
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.times -= 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return { ...fault };
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
  }
}
