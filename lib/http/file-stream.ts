import "server-only";
import { createReadStream } from "node:fs";

/**
 * A web stream of a file (or a byte range of it), read from disk as the client takes it.
 * Node 20's Readable.toWeb enqueues into an already-closed controller when a client aborts
 * (a <video> seeking, a closed tab) and that surfaces as an uncaught exception; this stream
 * stops reading on cancel and never touches the controller after it is done.
 */
export function fileStream(
  path: string,
  range?: { start: number; end: number },
): ReadableStream<Uint8Array> {
  const file = createReadStream(path, range ?? {});
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      file.on("data", (chunk) => {
        if (done) return;
        controller.enqueue(
          typeof chunk === "string" ? new TextEncoder().encode(chunk) : new Uint8Array(chunk),
        );
        if ((controller.desiredSize ?? 1) <= 0) file.pause();
      });
      file.on("end", () => {
        if (done) return;
        done = true;
        controller.close();
      });
      file.on("error", (error) => {
        if (done) return;
        done = true;
        controller.error(error);
      });
    },
    pull() {
      file.resume();
    },
    cancel() {
      done = true;
      file.destroy();
    },
  });
}
