import { describe, expect, it } from "vitest";
import { redactHeaders, redactRequestBody, redactUrl, scrubSecrets } from "./redact";

describe("redactRequestBody", () => {
  it("replaces the token and keeps everything else", () => {
    const body = { token: "eyJ0eXAiOiJKV1Qi", to: "+62812", param: ["a"] };
    expect(redactRequestBody(body)).toStrictEqual({
      token: "[redacted]",
      to: "+62812",
      param: ["a"],
    });
    expect(body.token).toBe("eyJ0eXAiOiJKV1Qi");
  });

  it("replaces api-key and token at any depth, in any case", () => {
    expect(
      redactRequestBody({
        headers: { "api-key": "k", "API-KEY": "k2" },
        list: [{ token: "t" }],
        Token: "x",
      }),
    ).toStrictEqual({
      headers: { "api-key": "[redacted]", "API-KEY": "[redacted]" },
      list: [{ token: "[redacted]" }],
      Token: "[redacted]",
    });
  });

  it("keeps flow_token: it is message content, not a credential", () => {
    const body = { token: "t", buttons: [{ type: "flow", action: { flow_token: "FLOW_TOKENx" } }] };
    expect(redactRequestBody(body)).toStrictEqual({
      token: "[redacted]",
      buttons: [{ type: "flow", action: { flow_token: "FLOW_TOKENx" } }],
    });
  });

  it("redacts inside a JSON string", () => {
    expect(redactRequestBody('{"token":"secret","to":"1"}')).toBe(
      '{"token":"[redacted]","to":"1"}',
    );
    expect(redactRequestBody("not json")).toBe("not json");
  });

  it("describes FormData without the token or the file bytes", () => {
    const form = new FormData();
    form.append("token", "secret");
    form.append("media", new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }), "a.png");
    expect(redactRequestBody(form)).toStrictEqual({
      token: "[redacted]",
      media: "<file a.png, image/png, 3 bytes>",
    });
  });

  it("passes primitives through", () => {
    expect(redactRequestBody(null)).toBeNull();
    expect(redactRequestBody(5)).toBe(5);
  });
});

describe("redactHeaders / redactUrl / scrubSecrets", () => {
  it("redacts the api-key header", () => {
    expect(redactHeaders({ "api-key": "k", "Content-Type": "application/json" })).toStrictEqual({
      "api-key": "[redacted]",
      "Content-Type": "application/json",
    });
  });

  it("redacts the token query parameter", () => {
    expect(redactUrl("https://x.test/whatsapp/downloadMedia?token=abc&id=9")).toBe(
      "https://x.test/whatsapp/downloadMedia?token=%5Bredacted%5D&id=9",
    );
    expect(redactUrl("not a url")).toBe("not a url");
  });

  it("removes secret values from text, raw or URL-encoded", () => {
    expect(scrubSecrets("failed for https://x/?token=a%2Fb%3D&id=1 and a/b=", ["a/b="])).toBe(
      "failed for https://x/?token=[redacted]&id=1 and [redacted]",
    );
    expect(scrubSecrets("abc", [undefined, ""])).toBe("abc");
  });
});

describe("redactRequestBody keeps nested strings as they are", () => {
  it("does not re-parse JSON-looking content", () => {
    const body = { token: "t0k3n-value", id: "24230790383178626", n: "1e5", message: '{"a":1}' };
    expect(redactRequestBody(body)).toEqual({
      token: "[redacted]",
      id: "24230790383178626",
      n: "1e5",
      message: '{"a":1}',
    });
  });
});
