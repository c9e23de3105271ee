// Deterministic helpdesk fixtures: the same seed and the same "now" always give the same tickets.
// Everything is placed relative to now() so date filters and the 24-hour window behave the same
// whenever the tests run.
import { DAY_MS, HOUR_MS } from "./clock";
import {
  answerTicketText,
  OPERATORS,
  questionProblemText,
  type Operator,
  type Ticket,
  type TicketMessage,
  type TicketStatus,
} from "./helpdesk/model";
import { chance, createRng, pick, randomInt, randomString, type Rng } from "./prng";
import { CUSTOMER_NAMES, GREETINGS, IMAGE_CAPTIONS, MOBILE_PREFIXES, TOPICS } from "./seedData";

export const SEED_TICKET_COUNT = 60;
export const FIRST_TICKET_CODE = 1001;
/** The newest tickets are this many and are created within the last 20 hours (in the 24h window). */
const FRESH_TICKETS = 8;
const MINUTE_MS = 60_000;

interface Customer {
  name: string;
  number: string;
}

export interface SeedResult {
  tickets: Ticket[];
  nextTicketCode: number;
}

export function seedTickets(seed: number, now: Date): SeedResult {
  const rng = createRng(seed);
  const nowMs = now.getTime();
  const customers = buildCustomers(rng);

  // Creation instants first (so codes can follow chronological order, like a real auto-increment).
  const ages: number[] = [];
  for (let i = 0; i < SEED_TICKET_COUNT; i++) {
    if (i < FRESH_TICKETS / 2) ages.push(randomInt(rng, HOUR_MS, 6 * HOUR_MS));
    else if (i < FRESH_TICKETS) ages.push(randomInt(rng, 6 * HOUR_MS, 20 * HOUR_MS));
    else ages.push(randomInt(rng, DAY_MS, 60 * DAY_MS));
  }
  const createdTimes = ages
    .map((age) => Math.floor((nowMs - age) / 1000) * 1000)
    .sort((a, b) => a - b);

  // Content newest first: a customer's newest ticket may still be active, older ones must be closed
  // before the next one was opened (a customer never has two active tickets).
  const earliestTicketOf = new Map<string, number>();
  const tickets: Ticket[] = [];
  for (let index = createdTimes.length - 1; index >= 0; index--) {
    const createdMs = createdTimes[index] ?? nowMs;
    const code = String(FIRST_TICKET_CODE + index);
    const ageMs = nowMs - createdMs;
    const customer = chooseCustomer(rng, customers, earliestTicketOf, createdMs);
    const newerTicketMs = earliestTicketOf.get(customer.number);
    earliestTicketOf.set(customer.number, createdMs);
    const status = newerTicketMs === undefined ? chooseStatus(rng, ageMs, index) : "close";
    // Messages may not run past the newer ticket of the same customer, nor past now.
    const boundMs =
      Math.floor(Math.min(nowMs - MINUTE_MS, (newerTicketMs ?? Infinity) - 10 * MINUTE_MS) / 1000) *
      1000;
    tickets.push(buildTicket(rng, { code, createdMs, boundMs, customer, status }));
  }
  tickets.sort((a, b) => Number(a.code) - Number(b.code));
  return { tickets, nextTicketCode: FIRST_TICKET_CODE + SEED_TICKET_COUNT };
}

function buildCustomers(rng: Rng): Customer[] {
  const used = new Set<string>();
  return CUSTOMER_NAMES.map((name) => {
    let number: string;
    do {
      number = `62${pick(rng, MOBILE_PREFIXES)}${randomString(rng, "0123456789", randomInt(rng, 7, 8))}`;
      // "…0000" numbers are reserved for the deterministic `failed` recipient rule.
    } while (used.has(number) || number.endsWith("0000"));
    used.add(number);
    return { name, number };
  });
}

function chooseCustomer(
  rng: Rng,
  customers: readonly Customer[],
  earliestTicketOf: Map<string, number>,
  createdMs: number,
): Customer {
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = pick(rng, customers);
    const newer = earliestTicketOf.get(candidate.number);
    // Leave room to close the older ticket before the newer one was opened.
    if (newer === undefined || newer - createdMs > 6 * HOUR_MS) return candidate;
  }
  // Fall back to a customer without tickets yet (there are fewer tickets than 2× customers).
  return customers.find((c) => !earliestTicketOf.has(c.number)) ?? pick(rng, customers);
}

function chooseStatus(rng: Rng, ageMs: number, index: number): TicketStatus {
  // Alternate (rather than draw) for the last day so every seed has both open and processing.
  if (ageMs < DAY_MS) return index % 2 === 0 ? "open" : "processing";
  if (ageMs < 4 * DAY_MS) return pick(rng, ["open", "processing", "close", "close"] as const);
  // A few stale tickets stay active for weeks, as they do in real helpdesks.
  return chance(rng, 0.1) ? pick(rng, ["open", "processing"] as const) : "close";
}

interface TicketPlan {
  code: string;
  createdMs: number;
  boundMs: number;
  customer: Customer;
  status: TicketStatus;
}

function buildTicket(rng: Rng, plan: TicketPlan): Ticket {
  const { code, createdMs, boundMs, customer, status } = plan;
  const topic = pick(rng, TOPICS);
  const groupOperators = OPERATORS.filter((op) => op.group === topic.group);
  // Open tickets are waiting for an agent; about a third of them have none assigned yet.
  const operator: Operator | null =
    status === "open" && chance(rng, 0.35)
      ? null
      : pick(rng, groupOperators.length ? groupOperators : OPERATORS);
  const messages = buildMessages(rng, {
    ...plan,
    problem: topic.problem,
    topic,
    hasAgent: status !== "open",
  });
  const lastMs = messages.at(-1)?.at.getTime() ?? createdMs;
  const closedAt =
    status === "close"
      ? new Date(
          Math.max(lastMs + 1000, Math.min(lastMs + randomInt(rng, 600, 86_400) * 1000, boundMs)),
        )
      : null;
  return {
    code,
    createdAt: new Date(createdMs),
    closedAt,
    problem: topic.problem,
    tag: topic.tag,
    group: topic.group,
    customerName: customer.name,
    customerNumber: customer.number,
    operator,
    status,
    messages,
  };
}

interface MessagePlan extends TicketPlan {
  problem: string;
  topic: (typeof TOPICS)[number];
  hasAgent: boolean;
}

function buildMessages(rng: Rng, plan: MessagePlan): TicketMessage[] {
  const { createdMs, boundMs, customer, code, topic, hasAgent } = plan;
  const count = randomInt(rng, 2, 8);
  const text = (atMs: number, kind: TicketMessage["kind"], body: string): TicketMessage => ({
    at: new Date(atMs),
    body,
    messageType: "text",
    kind,
    caption: null,
  });
  // The bot dialogue from the spec: greeting, bot question, the problem (= ticket creation), ticket number.
  const messages: TicketMessage[] =
    count >= 4
      ? [
          text(createdMs - 13_000, "USER_ANSWER", pick(rng, GREETINGS)),
          text(createdMs - 12_000, "QUESTION_PROBLEM", questionProblemText(customer.name)),
          text(createdMs, "USER_ANSWER", topic.problem),
          text(createdMs + 1000, "ANSWER_TICKET", answerTicketText(customer.name, code)),
        ]
      : [
          text(createdMs, "USER_ANSWER", topic.problem),
          text(createdMs + 1000, "ANSWER_TICKET", answerTicketText(customer.name, code)),
        ];
  let atMs = createdMs + 1000;
  // Afterwards agent and customer alternate; without an agent only the customer keeps writing.
  let agentTurn = hasAgent;
  while (messages.length < count) {
    atMs += randomInt(rng, 120, 90 * 60) * 1000; // whole seconds, like the helpdesk's timestamps
    if (atMs > boundMs) break;
    if (agentTurn) {
      messages.push(text(atMs, "OPERATOR_ANSWER", pick(rng, topic.operatorReplies)));
    } else if (chance(rng, 0.15)) {
      messages.push({
        at: new Date(atMs),
        body: `https://media.kabar-sandbox.test/inbound/${code}-${messages.length}.jpg`,
        messageType: "image",
        kind: "USER_ANSWER",
        caption: pick(rng, IMAGE_CAPTIONS),
      });
    } else {
      messages.push(text(atMs, "USER_ANSWER", pick(rng, topic.followUps)));
    }
    if (hasAgent) agentTurn = !agentTurn;
  }
  return messages;
}
