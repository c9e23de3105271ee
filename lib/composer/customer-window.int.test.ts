// The 24-hour rule as the composer looks it up: in the sandbox's helpdesk, over real HTTP.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const sandbox = await vi.hoisted(async () => {
  const { startSandbox } = await import("@/sandbox/server");
  const started = await startSandbox({ port: 0 });
  process.env.DAMCORP_WHATSAPP_URL = started.url;
  process.env.DAMCORP_HELPDESK_URL = started.url;
  process.env.DAMCORP_HELPDESK_API_KEY = "sandbox-api-key";
  return started;
});

import { getCustomerWindows } from "./customer-window";

const url = sandbox.url.replace(/\/$/, "");

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

type Window = { number: string; inWindow: boolean; lastCustomerMessageAt: string | null };
type StateTicket = { customerNumber: string; status: string; dateCreate: string };

async function sandboxState() {
  return (await control("/__sandbox/state")) as { window: Window[]; tickets: StateTicket[] };
}

afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await control("/__sandbox/reset", {});
});

describe("customer window", () => {
  it("open for a customer who wrote in the last 24 hours, with when it closes", async () => {
    const { window } = await sandboxState();
    const inside = window.find((w) => w.inWindow && w.lastCustomerMessageAt)!;
    const [result] = await getCustomerWindows([`+${inside.number}`], { fresh: true });
    expect(result).toMatchObject({ number: `+${inside.number}`, state: "open" });
    if (result?.state !== "open") throw new Error("expected open");
    expect(
      Math.abs(result.lastCustomerMessageAt.getTime() - Date.parse(inside.lastCustomerMessageAt!)),
    ).toBeLessThan(1000);
    expect(result.closesAt.getTime() - result.lastCustomerMessageAt.getTime()).toBe(24 * 3600_000);
  });

  it("closed for a customer whose last message is older; not known for one the helpdesk never heard from", async () => {
    const { window, tickets } = await sandboxState();
    const weekAgo = Date.now() - 6 * 86_400_000;
    const recentCustomers = new Set(
      tickets
        .filter((t) => Date.parse(t.dateCreate.replace(" ", "T") + "+07:00") > weekAgo)
        .map((t) => t.customerNumber),
    );
    const outside = window.find(
      (w) => !w.inWindow && w.lastCustomerMessageAt && recentCustomers.has(w.number),
    )!;
    const results = await getCustomerWindows([`+${outside.number}`, "+6281299998888"], {
      fresh: true,
    });
    expect(results[0]).toMatchObject({ state: "closed", lastCustomerMessageAt: expect.any(Date) });
    expect(results[1]).toStrictEqual({
      number: "+6281299998888",
      state: "no_recent",
      lookbackDays: 7,
    });
  });

  it("a new customer message opens it (ticket code given: read exactly)", async () => {
    const { window, tickets } = await sandboxState();
    const outside = window.find(
      (w) =>
        !w.inWindow && tickets.some((t) => t.customerNumber === w.number && t.status !== "close"),
    )!;
    const answer = (await control("/__sandbox/inbound", {
      from: outside.number,
      body: "Halo",
    })) as {
      ticketCode: string;
    };
    const [result] = await getCustomerWindows([`+${outside.number}`], {
      ticketCode: answer.ticketCode,
      fresh: true,
    });
    expect(result).toMatchObject({ state: "open" });
  });

  it("unknown, said plainly, when the helpdesk cannot be asked", async () => {
    await control("/__sandbox/faults", { path: "/api/v2/report/tickets/open", status: 500 });
    const results = await getCustomerWindows(["+6281234567890"], { fresh: true });
    expect(results).toStrictEqual([
      {
        number: "+6281234567890",
        state: "unknown",
        reason: expect.stringMatching(
          /^The helpdesk could not be asked when this customer last wrote \(.+\)\.$/,
        ),
      },
    ]);
  });
});
