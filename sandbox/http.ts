// Small node:http helpers: bounded body reading and writing a Reply.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Reply } from "./envelope";

/** Big enough for a few base64 images, small enough that a runaway client cannot exhaust memory. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(`body larger than ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  if (res.writableEnded || res.destroyed) return;
  const payload = JSON.stringify(reply.body);
  // Exactly "application/json" (no charset) as the brief requires every response to carry it.
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
    ...reply.headers,
  });
  res.end(payload);
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

/** A parsed JSON object, or undefined if the text is not JSON or not an object. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
