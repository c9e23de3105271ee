// What a route handler receives once the pipeline (routing, body parsing, auth, rate limit) has run.
import type { IncomingHttpHeaders } from "node:http";
import type { Reply } from "./envelope";
import type { Multipart } from "./multipart";
import type { SandboxState } from "./state";

export interface HandlerContext {
  state: SandboxState;
  /** Parsed JSON body ({} for GET requests and multipart uploads). */
  body: Record<string, unknown>;
  multipart?: Multipart;
  query: URLSearchParams;
  /** Path parameters, e.g. { template } for /whatsapp/sendHsm/:template. */
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
}

export type Handler = (ctx: HandlerContext) => Reply;
