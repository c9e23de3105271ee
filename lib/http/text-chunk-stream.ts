import "server-only";
import { logger } from "@/lib/log/logger";

/**
 * A web stream of the text chunks an async generator yields (a CSV export batch by batch).
 * pull() runs only when the reader wants more: a slow download slows the database reads
 * instead of piling rows up in memory. A cancelled download ends the generator.
 */
export function textChunkStream(
  chunks: AsyncGenerator<string, void, undefined>,
  what: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (cancelled) return; // the download was abandoned while this batch was read
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logger.error(`${what} failed`, { error });
        if (!cancelled) controller.error(error);
      }
    },
    async cancel() {
      cancelled = true;
      // Ends the generator after the batch in flight: no more database reads.
      await chunks.return(undefined).catch(() => undefined);
    },
  });
}
