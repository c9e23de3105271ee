// Signals between the parts of the engine that share one process: "something was queued" wakes an
// idle worker at once (no polling delay for the composer), "a compose moved on" wakes whoever waits
// for its outcome. Workers in other processes find the same work by polling.
import { EventEmitter } from "node:events";

export class DeliveryEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  queued(): void {
    this.emitter.emit("queued");
  }
  onQueued(listener: () => void): void {
    this.emitter.on("queued", listener);
  }
  offQueued(listener: () => void): void {
    this.emitter.off("queued", listener);
  }

  /** A request of this compose reached an outcome or a wait. */
  finished(composeId: string | null): void {
    if (composeId) this.emitter.emit(`compose:${composeId}`);
  }
  onFinished(composeId: string, listener: () => void): () => void {
    this.emitter.on(`compose:${composeId}`, listener);
    return () => this.emitter.off(`compose:${composeId}`, listener);
  }
}

const shared = globalThis as unknown as { kabarDeliveryEvents?: DeliveryEvents };

/** The process's one set of delivery signals. */
export const deliveryEvents: DeliveryEvents = (shared.kabarDeliveryEvents ??= new DeliveryEvents());
