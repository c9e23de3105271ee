// Test-control endpoints under /__sandbox/. Plain JSON without the Damcorp envelope and without
// auth, faults or rate limits, so tests can always steer and inspect the sandbox.
import { z } from "zod";
import { CATALOG_ID, PRODUCTS } from "./catalog";
import { configSchema, mergeConfig } from "./config";
import type { Reply } from "./envelope";
import { faultSchema } from "./faults";
import { formatTicket } from "./helpdesk/format";
import { GROUPS, OPERATORS } from "./helpdesk/model";
import { customerMessage, openTicketFromMessage } from "./helpdesk/inbound";
import { parseJsonObject } from "./http";
import { listRecipients, listRequests, parseFilter, summarise, type LogFilter } from "./logQuery";
import { validNumberOrNull } from "./numbers";
import type { SandboxState } from "./state";
import { templateInputSchema, templateListSchema, toTemplateSpec } from "./templateInput";

export const CONTROL_PREFIX = "/__sandbox/";

const inboundSchema = z
  .object({
    from: z.string().min(1),
    body: z.string(),
    at: z
      .string()
      .refine((value) => !Number.isNaN(Date.parse(value)), "must be an ISO date-time")
      .optional(),
    /** A customer without an active ticket gets a new one, as the helpdesk's bot opens it. */
    openTicket: z.boolean().default(false),
    /** The customer's WhatsApp name for a new ticket (default: their earlier tickets' name). */
    name: z.string().min(1).optional(),
  })
  .strict();

const reply = (status: number, body: unknown): Reply => ({ status, body });
const badRequest = (error: string) => reply(400, { error });

export function handleControl(
  state: SandboxState,
  method: string,
  path: string,
  query: URLSearchParams,
  rawBody: Buffer,
): Reply {
  const action = `${method} ${path.replace(/\/$/, "")}`;
  switch (action) {
    case "GET /__sandbox/requests":
      return withFilter(query, (filter) =>
        listRequests(state.log, filter, !["false", "0"].includes(query.get("detail") ?? "")),
      );
    case "GET /__sandbox/requests/recipients":
      return withFilter(query, (filter) => listRecipients(state.log, filter));
    case "GET /__sandbox/requests/summary": {
      const windowMs = Number(query.get("windowMs") ?? 1000);
      if (!Number.isInteger(windowMs) || windowMs < 1) return badRequest("windowMs: >= 1");
      const perRecipient = ["true", "1"].includes(query.get("perRecipient") ?? "");
      return withFilter(query, (filter) =>
        summarise(state.log, filter, { windowMs, perRecipient }),
      );
    }
    case "POST /__sandbox/reset":
      state.reset();
      return reply(200, { ok: true });
    case "GET /__sandbox/faults":
      return reply(200, { faults: state.faults.list() });
    case "POST /__sandbox/faults": {
      const parsed = faultSchema.safeParse(parseJsonObject(rawBody.toString("utf8")));
      if (!parsed.success) return badRequest(z.prettifyError(parsed.error));
      state.faults.add(parsed.data);
      return reply(200, { ok: true, faults: state.faults.list() });
    }
    case "POST /__sandbox/inbound":
      return recordInbound(state, rawBody);
    case "GET /__sandbox/state":
      return reply(200, snapshot(state));
    case "GET /__sandbox/templates":
      return reply(200, { templates: [...state.templates.values()] });
    case "POST /__sandbox/templates":
      return registerTemplates(state, rawBody);
    case "POST /__sandbox/media/forget":
      return forgetMedia(state, rawBody);
    case "GET /__sandbox/config":
      return reply(200, { config: state.config });
    case "POST /__sandbox/config":
      return updateConfig(state, rawBody);
    default:
      return reply(404, { error: `unknown control endpoint ${action}` });
  }
}

function withFilter(query: URLSearchParams, view: (filter: LogFilter) => unknown): Reply {
  const filter = parseFilter(query);
  return typeof filter === "string" ? badRequest(filter) : reply(200, view(filter));
}

const templateBatchSchema = z
  .object({ templates: templateListSchema, replace: z.boolean().default(false) })
  .strict();
const singleTemplateSchema = templateInputSchema.transform((template) => ({
  templates: [template],
  replace: false,
}));

/** Adds approved templates (a name already known is replaced); `replace` drops all others. */
function registerTemplates(state: SandboxState, rawBody: Buffer): Reply {
  const input = parseJsonObject(rawBody.toString("utf8"));
  // One template, or { templates: [...], replace? }.
  const schema = input && "templates" in input ? templateBatchSchema : singleTemplateSchema;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return badRequest(z.prettifyError(parsed.error));
  if (parsed.data.replace) state.templates.clear();
  const specs = parsed.data.templates.map(toTemplateSpec);
  for (const spec of specs) state.templates.set(spec.name, spec);
  return reply(200, { ok: true, templates: specs });
}

const forgetSchema = z
  .object({ id: z.string().min(1).optional(), ids: z.array(z.string().min(1)).optional() })
  .strict();

/** Forgets one, some or (with an empty body) all media ids, as Damcorp does after a while. */
function forgetMedia(state: SandboxState, rawBody: Buffer): Reply {
  const text = rawBody.toString("utf8").trim();
  const parsed = forgetSchema.safeParse(text === "" ? {} : parseJsonObject(text));
  if (!parsed.success) return badRequest(z.prettifyError(parsed.error));
  const { id, ids } = parsed.data;
  const chosen =
    id === undefined && ids === undefined ? undefined : [...(ids ?? []), ...(id ? [id] : [])];
  return reply(200, { ok: true, ...state.forgetMedia(chosen) });
}

/** Changes the configuration in force; a changed limit or account list restarts the rate counts. */
function updateConfig(state: SandboxState, rawBody: Buffer): Reply {
  const parsed = configSchema.safeParse(parseJsonObject(rawBody.toString("utf8")));
  if (!parsed.success) return badRequest(z.prettifyError(parsed.error));
  const patch = parsed.data;
  state.config = mergeConfig(state.config, patch);
  if (patch.rateLimit || patch.helpdeskRateLimit !== undefined || patch.accounts)
    state.rate.clear();
  return reply(200, { ok: true, config: state.config });
}

/**
 * A customer message: opens the 24-hour window and joins the customer's active ticket, or (with
 * openTicket) starts a ticket conversation for a customer who has none.
 */
function recordInbound(state: SandboxState, rawBody: Buffer): Reply {
  const parsed = inboundSchema.safeParse(parseJsonObject(rawBody.toString("utf8")));
  if (!parsed.success) return badRequest(z.prettifyError(parsed.error));
  const from = validNumberOrNull(parsed.data.from);
  if (!from) return badRequest("from: not a valid phone number");
  const { body, openTicket, name } = parsed.data;
  const at = parsed.data.at ? new Date(parsed.data.at) : state.now();
  let ticket = state.activeTicketOf(from);
  const openedTicket = !ticket && openTicket;
  if (ticket) {
    ticket.messages.push(customerMessage(at, body));
  } else if (openTicket) {
    ticket = openTicketFromMessage(state, { from, body, at, name });
  }
  const ticketCode = ticket?.code ?? null;
  state.inbound.push({ from, body, at, ticketCode });
  return reply(200, { ok: true, from, at: at.toISOString(), ticketCode, openedTicket });
}

function snapshot(state: SandboxState) {
  const { options } = state;
  state.sweepMedia();
  const customers = [
    ...new Set([
      ...state.tickets.map((t) => t.customerNumber),
      ...state.inbound.map((m) => m.from),
    ]),
  ];
  return {
    config: {
      seed: options.seed,
      timeZone: options.timeZone,
      now: state.now().toISOString(),
      // The first credentials, for callers that only know one of each.
      token: state.config.accounts[0]?.token,
      apiKey: state.config.apiKeys[0],
      ...state.config,
    },
    templates: [...state.templates.values()],
    catalog: { catalogId: CATALOG_ID, products: PRODUCTS },
    groups: GROUPS,
    operators: OPERATORS,
    tickets: state.tickets.map((t) => ({
      ...formatTicket(t, options.timeZone, true),
      tag: t.tag,
      group: t.group,
    })),
    media: [...state.media.values()].map((m) => ({
      id: m.id,
      source: m.source,
      size: m.bytes?.length ?? null,
      contentType: m.contentType,
      url: m.url,
      filename: m.filename,
      createdAt: m.createdAt.toISOString(),
    })),
    inbound: state.inbound.map((m) => ({ ...m, at: m.at.toISOString() })),
    // Which customers may receive session messages right now (handy when picking test numbers).
    window: customers.map((number) => ({
      number,
      lastCustomerMessageAt: state.lastCustomerMessageAt(number)?.toISOString() ?? null,
      inWindow: state.isInWindow(number),
    })),
    faults: state.faults.list(),
  };
}
