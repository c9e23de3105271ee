import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server";
import { testHelpdeskApiKey, testWhatsappToken } from "./test-connection";

// A stand-in for Damcorp on loopback that answers like the real API does for each credential.
let server: Server;
let baseUrl: string;
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((req, res) => void answer(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

async function answer(req: IncomingMessage, res: ServerResponse) {
  seen.push(req);
  let raw = "";
  for await (const chunk of req) raw += String(chunk);
  const token = raw ? (JSON.parse(raw) as { token?: string }).token : undefined;
  const credential = token ?? String(req.headers["api-key"] ?? "");
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (credential === "good") return json(200, { responseCode: "000", message: "success" });
  if (credential === "odd") return json(200, { responseCode: "721", message: "invalid" });
  if (credential === "bad") return json(401, { responseCode: "401", message: "unauthorized" });
  if (credential === "bad-in-body")
    return json(200, { responseCode: "401", message: "unauthorized" });
  if (credential === "busy")
    return json(503, { responseCode: "503", message: "service_unavailable" });
  if (credential === "slow") return void setTimeout(() => json(200, {}), 2000);
  res.writeHead(502, { "content-type": "text/html" });
  res.end("<html>Bad gateway</html>");
}

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("WhatsApp token test against the sandbox", () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      accounts: [{ token: "working-token" }, { token: "no-product-token", validProduct: false }],
    });
  });
  afterAll(() => sandbox.close());

  type Logged = { path: string; body: { to?: unknown } };
  const sends = async () => {
    const response = await fetch(`${sandbox.url}/__sandbox/requests`);
    const { requests } = (await response.json()) as { requests: Logged[] };
    return requests.filter((r) => r.path.startsWith("/whatsapp/"));
  };

  it("a working account is accepted; the test reached no real number", async () => {
    const result = await testWhatsappToken("working-token", { baseUrl: sandbox.url });
    expect(result).toEqual({
      outcome: "accepted",
      message:
        "Reachable: Damcorp accepted the token and would send from this account (checked with a test addressed to no real number; nothing was delivered).",
    });
    const last = (await sends()).at(-1)!;
    expect(last.path).toBe("/whatsapp/sendText");
    expect(last.body.to).toBe("6281234");
  });

  it("an account whose every send gets 726 is refused, in plain words", async () => {
    const result = await testWhatsappToken("no-product-token", { baseUrl: sandbox.url });
    expect(result.outcome).toBe("refused");
    expect(result.message).toMatch(
      /^Reachable, and the token is valid, but Damcorp refuses to send for this account: No valid product on the account \(726\)\./,
    );
    expect(result.message).not.toMatch(/accepted/);
  });

  it("a token Damcorp does not know is rejected", async () => {
    const result = await testWhatsappToken("unknown-token", { baseUrl: sandbox.url });
    expect(result.outcome).toBe("rejected");
  });
});

describe("WhatsApp token test, odd answers", () => {
  it("an answer that says nothing about the account is not called accepted", async () => {
    expect(await testWhatsappToken("odd", { baseUrl })).toMatchObject({
      outcome: "unexpected",
      message: expect.stringMatching(/code 721: Invalid parameter/),
    });
  });

  it("says the token was rejected on HTTP 401 and on responseCode 401", async () => {
    for (const token of ["bad", "bad-in-body"]) {
      const result = await testWhatsappToken(token, { baseUrl });
      expect(result.outcome).toBe("rejected");
      expect(result.message).toMatch(/rejected the token \(401 Unauthorized\)/);
    }
  });

  it("does not call a server error or a non-JSON answer accepted", async () => {
    expect(await testWhatsappToken("busy", { baseUrl })).toMatchObject({
      outcome: "unexpected",
      message: expect.stringMatching(/HTTP 503/),
    });
    expect(await testWhatsappToken("html", { baseUrl })).toMatchObject({
      outcome: "unexpected",
      message: expect.stringMatching(/not JSON/),
    });
  });

  it("reports an unreachable host and a timeout in words, without the token", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await testWhatsappToken("secret-token-value", {
      baseUrl: `http://127.0.0.1:${port}`,
    });
    expect(refused.outcome).toBe("unreachable");
    expect(refused.message).toMatch(
      /^Not reachable: 127\.0\.0\.1:\d+ could not be reached \(.*ECONNREFUSED/,
    );
    expect(refused.message).not.toContain("secret-token-value");
    const slow = await testWhatsappToken("slow", { baseUrl, timeoutMs: 200 });
    expect(slow).toMatchObject({
      outcome: "unreachable",
      message: expect.stringMatching(/did not answer within/),
    });
  });
});

describe("helpdesk api-key test", () => {
  it("asks for today's open tickets, one at most, with the api-key header", async () => {
    const now = new Date("2026-03-01T20:00:00Z"); // already 2 March in Jakarta (UTC+7)
    expect(await testHelpdeskApiKey("good", { baseUrl, now })).toEqual({
      outcome: "accepted",
      message: "Reachable, and Damcorp accepted the api-key.",
    });
    const request = seen.at(-1)!;
    const url = new URL(request.url ?? "", "http://x");
    expect(url.pathname).toBe("/api/v2/report/tickets/open");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      start_date: "2026-03-02",
      end_date: "2026-03-02",
      with_message: "false",
      per_page: "1",
    });
    expect(request.headers["api-key"]).toBe("good");
  });

  it("says a wrong api-key was rejected", async () => {
    expect((await testHelpdeskApiKey("bad", { baseUrl })).outcome).toBe("rejected");
  });
});
