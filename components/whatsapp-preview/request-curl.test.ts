import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildCurl, requestJson, shellQuote, withTokenPlaceholder } from "./request-curl";

const body = {
  token: "[redacted]",
  to: ["+6281234567890"],
  message: 'It\'s *bold* — "quoted" $HOME `date`',
  buttons: [{ type: "flow", action: { flow_token: "FLOW_TOKENx" } }],
  nested: { Token: "leak-1234", list: [{ api_key: "k" }] },
};

describe("request view text", () => {
  it("replaces every credential at any depth, and only credentials", () => {
    expect(withTokenPlaceholder(body)).toEqual({
      ...body,
      token: "<YOUR_TOKEN>",
      nested: { Token: "<YOUR_TOKEN>", list: [{ api_key: "<YOUR_TOKEN>" }] },
    });
    const json = requestJson(body);
    expect(json).not.toContain("leak-1234");
    expect(json).not.toContain("[redacted]");
    expect(json).toContain('"flow_token": "FLOW_TOKENx"');
    expect(json.split("\n")[1]).toBe('  "token": "<YOUR_TOKEN>",');
  });

  it("builds a curl command with the full URL, JSON header and the body", () => {
    const curl = buildCurl({
      method: "post",
      path: "/whatsapp/sendText",
      body: { token: "x", to: "1" },
    });
    expect(curl).toBe(
      `curl -X POST https://icwaba.damcorp.id/whatsapp/sendText -H 'Content-Type: application/json' -d '{"token":"<YOUR_TOKEN>","to":"1"}'`,
    );
    expect(
      buildCurl({
        method: "POST",
        path: "whatsapp/sendHsm/x",
        body: {},
        baseUrl: "http://s:4010/",
      }),
    ).toMatch(/^curl -X POST http:\/\/s:4010\/whatsapp\/sendHsm\/x -H/);
    expect(buildCurl({ method: "GET", path: "/a?b=1&c=2", body: null })).toMatch(
      /^curl -X GET 'https:\/\/icwaba.damcorp.id\/a\?b=1&c=2' -H/,
    );
  });

  it("quotes the body so a shell passes it through unchanged", () => {
    const curl = buildCurl({ method: "POST", path: "/p", body });
    const dataArg = curl.slice(curl.indexOf("-d ") + 3);
    // printf receives exactly the JSON, whatever quotes, $ or backticks the message holds.
    const echoed = execFileSync("sh", ["-c", `printf %s ${dataArg}`], { encoding: "utf8" });
    expect(JSON.parse(echoed)).toEqual(withTokenPlaceholder(body));
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
  });
});
