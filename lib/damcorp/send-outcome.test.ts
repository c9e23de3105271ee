// How a send's answer becomes an outcome. Damcorp's traps: "000"/"success" can still carry
// invalid or failed recipients, and error codes arrive as HTTP 200 with a responseCode.
import { describe, expect, it, vi } from "vitest";
import { createDamcorpClient } from "./client";
import { fakeFetch, okEnvelope, sent, type FakeStep } from "@/tests/support/fake-fetch";
import { sendHsm, sendText } from "./whatsapp/messages";

const TOKEN = "tok_SECRET_1234";

function client(steps: FakeStep[], opts: { token?: string } = {}) {
  const token = "token" in opts ? opts.token : TOKEN;
  const fake = fakeFetch(steps);
  const c = createDamcorpClient({
    whatsappUrl: "http://damcorp.test/",
    helpdeskUrl: "http://helpdesk.test",
    token,
    fetch: fake.fetch,
    sleep: vi.fn(async () => {}),
    random: () => 0,
    timeoutMs: 30,
  });
  return { client: c, calls: fake.calls };
}

const text = { to: "+6281234567890", message: "Hello" };

describe("a 721 naming the refused fields", () => {
  it("is rejected, and its wording names them", async () => {
    const { client: c } = client([
      {
        json: {
          responseCode: "721",
          version: "v1.0",
          message: "invalid_parameter: header.data.name: required; header.data.address: required",
          data: ["header.data.name", "header.data.address"],
        },
      },
    ]);
    const result = await sendText(c, text);
    expect(result).toMatchObject({ outcome: "rejected", code: "721" });
    if (result.outcome !== "rejected") throw new Error("expected a rejection");
    expect(result.error.meaning).toContain(
      "Damcorp refused: name (header.data.name), address (header.data.address).",
    );
  });
});

describe("send outcomes", () => {
  it("accepted: every recipient sent", async () => {
    const { client: c, calls } = client([{ json: okEnvelope([sent("6281234567890")]) }]);
    const result = await sendText(c, text);
    expect(result).toMatchObject({
      outcome: "accepted",
      responseCode: "000",
      message: "success",
      version: "1.3.4-beta2",
      httpStatus: 200,
      attempts: 1,
      allSent: true,
      recipients: [{ to: "6281234567890", status: "sent", msgId: "gBGHYoITgIJpXwIJLV7tPke21fR-" }],
    });
    expect(calls[0]).toMatchObject({
      url: "http://damcorp.test/whatsapp/sendText",
      method: "POST",
    });
    expect(JSON.parse(String(calls[0]?.body))).toStrictEqual({ token: TOKEN, ...text });
    expect(calls[0]?.headers["content-type"]).toBe("application/json");
  });

  it("000 / success with status invalid is NOT a success", async () => {
    const { client: c } = client([
      {
        json: {
          responseCode: "000",
          version: "1.3.4-beta3",
          data: [{ to: "6281234", msgId: null, status: "invalid" }],
          message: "success",
        },
      },
    ]);
    const result = await sendText(c, { to: "6281234", message: "x" });
    expect(result.outcome).toBe("accepted");
    if (result.outcome !== "accepted") return;
    expect(result.allSent).toBe(false);
    expect(result.recipients).toStrictEqual([
      {
        to: "6281234",
        status: "invalid",
        msgId: null,
        error: expect.objectContaining({ code: "invalid", title: "Invalid number" }),
      },
    ]);
  });

  it("keeps each recipient's own status (sent, failed) with LTO-style extra fields", async () => {
    const { client: c } = client([
      {
        json: okEnvelope([
          sent("628123456789", { error_status: null, error_msg: null, trxid: 123456789 }),
          {
            to: "6281234560000",
            msgId: null,
            mediaId: "",
            status: "failed",
            error_status: 131026,
            error_msg: "undeliverable",
          },
        ]),
      },
    ]);
    const result = await sendHsm(c, {
      templateName: "welcome_msg",
      to: ["+628123456789", "+6281234560000"],
      params: ["a", "b"],
    });
    expect(result).toMatchObject({ outcome: "accepted", allSent: false });
    if (result.outcome !== "accepted") return;
    expect(result.recipients).toStrictEqual([
      {
        to: "628123456789",
        status: "sent",
        msgId: "gBGHYoITgIJpXwIJLV7tPke21fR-",
        errorStatus: null,
        errorMsg: null,
        trxid: "123456789",
      },
      {
        to: "6281234560000",
        status: "failed",
        msgId: null,
        mediaId: "",
        errorStatus: "131026",
        errorMsg: "undeliverable",
        error: expect.objectContaining({ code: "failed", retryable: "after_wait" }),
      },
    ]);
  });

  it("responseCode 725 inside HTTP 200 is rejected", async () => {
    const { client: c } = client([
      {
        json: {
          responseCode: "725",
          version: "1.3.4-beta3",
          data: null,
          message: "invalid template",
        },
      },
    ]);
    const result = await sendHsm(c, { templateName: "nope", to: "+6281234567890" });
    expect(result).toMatchObject({
      outcome: "rejected",
      code: "725",
      message: "invalid template",
      httpStatus: 200,
      error: { code: "725", title: "Invalid template", retryable: "no" },
    });
  });

  it("an error status with a JSON body uses the body's code", async () => {
    const { client: c } = client([
      { status: 401, json: { responseCode: "401", data: null, message: "unauthorized" } },
    ]);
    expect(await sendText(c, text)).toMatchObject({
      outcome: "rejected",
      code: "401",
      httpStatus: 401,
      error: { title: "Not authorised" },
    });
  });

  it("an error status without a JSON body is rejected with the HTTP status as code", async () => {
    const { client: c } = client([{ status: 404, text: "<html>Not Found</html>" }]);
    expect(await sendText(c, text)).toMatchObject({
      outcome: "rejected",
      code: "404",
      httpStatus: 404,
      raw: "<html>Not Found</html>",
    });
  });

  it("an unknown code still shows the code", async () => {
    const { client: c } = client([
      { json: { responseCode: "777", data: null, message: "strange" } },
    ]);
    expect(await sendText(c, text)).toMatchObject({
      outcome: "rejected",
      code: "777",
      error: {
        code: "777",
        title: "Damcorp error 777",
        meaning: expect.stringContaining('"strange"'),
      },
    });
  });

  it("an unparsable 2xx is unknown: the message may have gone out", async () => {
    const { client: c } = client([{ text: "<html>OK</html>" }]);
    expect(await sendText(c, text)).toMatchObject({
      outcome: "unknown",
      reason: "unparsable_response",
      httpStatus: 200,
    });
  });

  it("a gateway's 502/504 page is unknown, not a refusal", async () => {
    for (const status of [502, 504]) {
      const { client: c } = client([{ status, text: "<html>Bad Gateway</html>" }]);
      expect(await sendText(c, text)).toMatchObject({
        outcome: "unknown",
        reason: "gateway_error",
        httpStatus: status,
        error: { code: "gateway_error" },
      });
    }
  });

  it("a 2xx without responseCode, or 000 without recipients, is unknown", async () => {
    const a = client([{ json: { ok: true } }]);
    expect(await sendText(a.client, text)).toMatchObject({
      outcome: "unknown",
      reason: "unexpected_response",
    });
    const b = client([{ json: { responseCode: "000", data: null, message: "success" } }]);
    expect(await sendText(b.client, text)).toMatchObject({
      outcome: "unknown",
      reason: "unexpected_response",
    });
    const c = client([{ json: okEnvelope([{ to: "1", msgId: null, status: "queued" }]) }]);
    expect(await sendText(c.client, text)).toMatchObject({
      outcome: "unknown",
      reason: "unexpected_response",
    });
  });

  it("a numeric responseCode 0 reads as 000", async () => {
    const { client: c } = client([
      { json: { responseCode: 0, data: [sent("1")], message: "success" } },
    ]);
    expect(await sendText(c, text)).toMatchObject({ outcome: "accepted", responseCode: "000" });
  });

  it("a timeout is unknown and not retried", async () => {
    const { client: c, calls } = client([{ hang: true }]);
    expect(await sendText(c, text)).toMatchObject({
      outcome: "unknown",
      reason: "timeout",
      attempts: 1,
      error: { code: "timeout", retryable: "no" },
    });
    expect(calls).toHaveLength(1);
  });

  it("429 until exhausted is not_sent and says so", async () => {
    const { client: c } = client([
      { status: 429, json: { responseCode: "429", data: null, message: "Too Many Requests" } },
    ]);
    expect(await sendText(c, text)).toMatchObject({
      outcome: "not_sent",
      reason: "rate_limited",
      attempts: 3,
      httpStatus: 429,
      error: { code: "429", retryable: "after_wait" },
    });
  });

  it("connection refused is not_sent", async () => {
    const { client: c } = client([{ error: "ECONNREFUSED" }]);
    expect(await sendText(c, text)).toMatchObject({
      outcome: "not_sent",
      reason: "connection_refused",
      attempts: 3,
    });
  });

  it("invalid input is not sent and lists what to fix", async () => {
    const { client: c, calls } = client([]);
    const result = await sendText(c, { to: "+62812", message: "" });
    expect(result).toMatchObject({
      outcome: "not_sent",
      reason: "invalid_request",
      attempts: 0,
      issues: [{ path: "message", message: "Message cannot be empty" }],
    });
    expect(calls).toHaveLength(0);
  });

  it("an invalid template name is reported against templateName", async () => {
    const { client: c, calls } = client([]);
    const result = await sendHsm(c, { templateName: "Bad Name", to: "+62812" });
    expect(result).toMatchObject({
      outcome: "not_sent",
      reason: "invalid_request",
      issues: [
        {
          path: "templateName",
          message: "Template name can only contain lowercase letters, numbers and underscores",
        },
      ],
    });
    expect(calls).toHaveLength(0);
  });

  it("no token: not_sent missing_credentials, nothing sent", async () => {
    const { client: c, calls } = client([], { token: undefined });
    expect(await sendText(c, text)).toMatchObject({
      outcome: "not_sent",
      reason: "missing_credentials",
      attempts: 0,
    });
    expect(calls).toHaveLength(0);
  });

  it("the token never appears in any result", async () => {
    const steps: FakeStep[][] = [
      [{ json: okEnvelope([sent("1")]) }],
      [{ json: { responseCode: "725", data: null, message: "invalid template" } }],
      [{ hang: true }],
      [{ error: "ECONNREFUSED", message: `connect refused ${TOKEN}` }],
      [
        {
          json: {
            responseCode: "000",
            data: [{ token: TOKEN, to: "1", msgId: null, status: "sent" }],
          },
        },
      ],
    ];
    for (const s of steps) {
      const { client: c } = client(s);
      const result = await sendText(c, text);
      expect(JSON.stringify(result)).not.toContain(TOKEN);
      expect(result.request).toMatchObject({
        method: "POST",
        url: "http://damcorp.test/whatsapp/sendText",
      });
    }
    const { client: c } = client([{ json: okEnvelope([sent("1")]) }]);
    const result = await sendText(c, text);
    expect(result.request.body).toStrictEqual({ token: "[redacted]", ...text });
  });

  it("template names are URL-encoded into the path", async () => {
    const { client: c, calls } = client([{ json: okEnvelope([sent("1")]) }]);
    await sendHsm(c, {
      templateName: "welcome_msg",
      to: "+6281234567890",
      params: ["Damcorp", "Team"],
    });
    expect(calls[0]?.url).toBe("http://damcorp.test/whatsapp/sendHsm/welcome_msg");
  });
});
