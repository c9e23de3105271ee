// All mutable sandbox state in one place, so /__sandbox/reset can put every part back.
import { DAY_MS } from "./clock";
import { cloneConfig, type SandboxConfig } from "./config";
import { FaultQueue } from "./faults";
import type { Ticket } from "./helpdesk/model";
import { IdGenerator } from "./ids";
import { RequestLog, type LogLimits } from "./log";
import { RateLimiter } from "./rateLimit";
import { seedTickets } from "./seed";
import type { TemplateSpec } from "./templates";

export interface ResolvedOptions {
  /** The start-up configuration; /__sandbox/reset returns to it. */
  config: SandboxConfig;
  log: LogLimits;
  /** The approved templates at start: the built-in ones and startSandbox({ templates }). */
  templates: readonly TemplateSpec[];
  timeZone: string;
  now: () => Date;
  seed: number;
}

export interface MediaRecord {
  id: string;
  /** Null when the media was given as a URL: the sandbox never fetches remote files. */
  bytes: Buffer | null;
  url: string | null;
  contentType: string | null;
  filename: string | null;
  source: "upload" | "send";
  createdAt: Date;
}

export interface InboundMessage {
  from: string;
  body: string;
  at: Date;
  ticketCode: string | null;
}

export class SandboxState {
  tickets: Ticket[] = [];
  nextTicketCode = 0;
  media = new Map<string, MediaRecord>();
  /** Approved templates by name (POST /__sandbox/templates adds to them). */
  templates = new Map<string, TemplateSpec>();
  inbound: InboundMessage[] = [];
  ids: IdGenerator;
  /** The configuration in force (POST /__sandbox/config changes it). */
  config: SandboxConfig;
  readonly log: RequestLog;
  readonly faults = new FaultQueue();
  readonly rate = new RateLimiter();

  constructor(readonly options: ResolvedOptions) {
    this.config = cloneConfig(options.config);
    this.log = new RequestLog(options.log);
    this.ids = new IdGenerator(options.seed);
    this.reset();
  }

  now(): Date {
    return this.options.now();
  }

  reset(): void {
    this.config = cloneConfig(this.options.config);
    this.templates = new Map(this.options.templates.map((t) => [t.name, t]));
    this.log.clear();
    this.faults.clear();
    this.rate.clear();
    this.media.clear();
    this.inbound = [];
    this.ids = new IdGenerator(this.options.seed);
    const seeded = seedTickets(this.options.seed, this.now());
    this.tickets = seeded.tickets;
    this.nextTicketCode = seeded.nextTicketCode;
  }

  /** A media record Damcorp still knows: ids older than `mediaTtlMs` are forgotten on sight. */
  findMedia(id: string): MediaRecord | undefined {
    const record = this.media.get(id);
    if (record && this.isExpired(record)) {
      this.media.delete(id);
      return undefined;
    }
    return record;
  }

  /** Forgets the given media ids (all when none are given), as Damcorp does after a while. */
  forgetMedia(ids?: readonly string[]): { forgotten: string[]; unknown: string[] } {
    this.sweepMedia();
    const targets = ids ?? [...this.media.keys()];
    const forgotten = targets.filter((id) => this.media.delete(id));
    return { forgotten, unknown: targets.filter((id) => !forgotten.includes(id)) };
  }

  /** Drops every expired media record (before listing them). */
  sweepMedia(): void {
    for (const record of this.media.values()) {
      if (this.isExpired(record)) this.media.delete(record.id);
    }
  }

  private isExpired(record: MediaRecord): boolean {
    const ttl = this.config.mediaTtlMs;
    return ttl !== null && this.now().getTime() - record.createdAt.getTime() >= ttl;
  }

  findTicket(code: string): Ticket | undefined {
    return this.tickets.find((t) => t.code === code);
  }

  /** The customer's open or processing ticket (the helpdesk allows at most one). */
  activeTicketOf(number: string): Ticket | undefined {
    return this.tickets.find((t) => t.customerNumber === number && t.status !== "close");
  }

  /** Latest message from the customer: a sandbox inbound or a USER_ANSWER in any of their tickets. */
  lastCustomerMessageAt(number: string): Date | null {
    let latest: number | null = null;
    for (const message of this.inbound) {
      if (message.from === number) latest = Math.max(latest ?? -Infinity, message.at.getTime());
    }
    for (const ticket of this.tickets) {
      if (ticket.customerNumber !== number) continue;
      for (const message of ticket.messages) {
        if (message.kind === "USER_ANSWER")
          latest = Math.max(latest ?? -Infinity, message.at.getTime());
      }
    }
    return latest === null ? null : new Date(latest);
  }

  /** WhatsApp's customer-service window: open until 24 hours after the customer's last message. */
  isInWindow(number: string): boolean {
    const last = this.lastCustomerMessageAt(number);
    return last !== null && this.now().getTime() - last.getTime() <= DAY_MS;
  }
}
