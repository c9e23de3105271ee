// Calling a server action from an event handler: a request that never got an answer (offline,
// server restarting) becomes a failed ActionResult like any other, with one message.
import type { ActionResult } from "@/lib/errors/result";

export const ACTION_UNREACHABLE_MESSAGE =
  "Kabar could not be reached. Check your connection, then try again.";

export async function callAction<T>(
  call: () => Promise<ActionResult<T>>,
  unreachableMessage: string = ACTION_UNREACHABLE_MESSAGE,
): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, message: unreachableMessage };
  }
}
