import { describe, expect, it } from "vitest";
import {
  checkFormActionFields,
  checkActionBody,
  checkActionContentType,
  checkActionOrigin,
  checkServerActionRequest,
} from "./action-request";

const headers = (values: Record<string, string>) => new Headers(values);

describe("the Origin of a server action", () => {
  it("must be this server, as Host or the first X-Forwarded-Host names it", () => {
    expect(
      checkActionOrigin(headers({ host: "kabar.test", origin: "https://kabar.test" })),
    ).toBeNull();
    expect(
      checkActionOrigin(
        headers({
          host: "10.0.0.2:3000",
          "x-forwarded-host": "kabar.test, proxy",
          origin: "https://kabar.test",
        }),
      ),
    ).toBeNull();
    // No Origin: not a browser's request (Next lets it through too).
    expect(checkActionOrigin(headers({ host: "kabar.test" }))).toBeNull();
  });

  it("is refused with 403 when it is another site, null or unreadable", () => {
    for (const origin of [
      "https://evil.example",
      "null",
      "not a url",
      "https://kabar.test.evil.example",
    ]) {
      expect(checkActionOrigin(headers({ host: "kabar.test", origin }))).toMatchObject({
        status: 403,
      });
    }
  });
});

describe("the body of a server action", () => {
  const ok = (text: string) => expect(checkActionBody({ text })).toBeNull();
  const refused = (text: string) =>
    expect(checkActionBody({ text })).toMatchObject({ status: 400 });

  it("passes what Kabar's forms send: an array of plain values", () => {
    ok("[]");
    ok('[{"ticketCode":"1060","userNumber":"628527927011"}]');
    ok(
      '[{"a":"$$5 off","b":"$undefined","c":"$D2026-12-01T00:00:00.000Z","d":"$n12","e":[1,true,null]}]',
    );
    // The same object twice: the second is a reference to the first.
    ok('[{"first":{"x":1},"second":"$0:0:first"}]');
  });

  it("refuses what React cannot decode into arguments", () => {
    refused("");
    refused("{");
    refused('{"ticketCode":"1060"}'); // not an argument list
    refused("1");
    refused('["$@1"]'); // a promise in a part that does not exist
    refused('["$Q1"]');
    refused('["$B1"]');
    refused('["$h1"]');
    refused('["$Z"]');
    refused('["$0:0:missing"]');
    refused('["$1"]');
    refused('["$Dnot a date"]');
    refused(`["$n${"9".repeat(301)}"]`);
    refused(`${"[".repeat(100)}${"]".repeat(100)}`);
  });

  it("reads multipart bodies: the root in part 0, FormData in prefixed entries", () => {
    const parts = (entries: Record<string, string>) => new Map(Object.entries(entries));
    expect(checkActionBody({ parts: parts({ "0": '["$K1"]', "1_name": "Budi" }) })).toBeNull();
    expect(checkActionBody({ parts: parts({ "0": '["$1"]', "1": '{"x":1}' }) })).toBeNull();
    expect(checkActionBody({ parts: parts({ "1_name": "Budi" }) })).toMatchObject({ status: 400 });
    expect(checkActionBody({ parts: parts({ "0": "[" }) })).toMatchObject({ status: 400 });
  });

  it("must come as text or multipart", () => {
    expect(
      checkActionContentType(headers({ "content-type": "text/plain;charset=UTF-8" })),
    ).toBeNull();
    expect(
      checkActionContentType(headers({ "content-type": "multipart/form-data; boundary=x" })),
    ).toBeNull();
    expect(checkActionContentType(headers({ "content-type": "application/json" }))).toMatchObject({
      status: 415,
    });
    expect(checkActionContentType(headers({}))).toMatchObject({ status: 415 });
  });
});

describe("a form posted before the page's JavaScript ran", () => {
  const fields = (entries: Record<string, string>) => new Map(Object.entries(entries));
  const id = "7f".padEnd(42, "0");

  it("passes action descriptors React can decode", () => {
    expect(checkFormActionFields(fields({ [`$ACTION_ID_${id}`]: "", name: "Budi" }))).toBeNull();
    expect(
      checkFormActionFields(
        fields({
          $ACTION_REF_1: "",
          "$ACTION_1:0": `{"id":"${id}","bound":null}`,
          $ACTION_KEY: "k0",
        }),
      ),
    ).toBeNull();
    expect(
      checkFormActionFields(
        fields({
          $ACTION_REF_1: "",
          "$ACTION_1:0": `{"id":"${id}","bound":"$@1"}`,
          "$ACTION_1:1": '["x"]',
        }),
      ),
    ).toBeNull();
  });

  it("refuses descriptors that do not decode", () => {
    for (const descriptor of [
      `{"id":"${id}",`,
      `{"id":"${id}","bound":"$@1"}`,
      `{"id":"${id}","bound":"$Q1"}`,
      `{"bound":null}`,
    ]) {
      expect(
        checkFormActionFields(fields({ $ACTION_REF_1: "", "$ACTION_1:0": descriptor })),
      ).toMatchObject({
        status: 400,
      });
    }
    expect(checkFormActionFields(fields({ $ACTION_REF_1: "" }))).toMatchObject({ status: 400 });
  });
});

describe("a whole request", () => {
  const post = (init: { headers: Record<string, string>; body: BodyInit }) =>
    new Request("http://kabar.test/tickets", { method: "POST", ...init });

  it("leaves other requests alone", async () => {
    expect(await checkServerActionRequest(new Request("http://kabar.test/tickets"))).toBeNull();
    expect(
      await checkServerActionRequest(
        post({ headers: { "content-type": "application/json" }, body: "{" }),
      ),
    ).toBeNull();
  });

  it("refuses an action from another site before reading it", async () => {
    const request = post({
      headers: { "next-action": "7f00", host: "kabar.test", origin: "https://evil.example" },
      body: "[]",
    });
    expect(await checkServerActionRequest(request)).toMatchObject({ status: 403 });
  });

  it("reads the body from a clone, so Next still gets it", async () => {
    const request = post({
      headers: { "next-action": "7f00", host: "kabar.test", "content-type": "text/plain" },
      body: '[{"a":1}]',
    });
    expect(await checkServerActionRequest(request)).toBeNull();
    expect(await request.text()).toBe('[{"a":1}]');
  });

  it("refuses a multipart body that does not parse, with or without Next-Action", async () => {
    const broken = (extra: Record<string, string>) =>
      post({
        headers: { "content-type": "multipart/form-data; boundary=zzz", ...extra },
        body: '--zzz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--z',
      });
    expect(await checkServerActionRequest(broken({}))).toMatchObject({ status: 400 });
    expect(await checkServerActionRequest(broken({ "next-action": "7f00" }))).toMatchObject({
      status: 400,
    });
    const form = new FormData();
    form.append("0", '["$K1"]');
    form.append("1_issue", "Paket belum sampai");
    expect(
      await checkServerActionRequest(
        new Request("http://kabar.test/tickets", {
          method: "POST",
          headers: { "next-action": "7f00" },
          body: form,
        }),
      ),
    ).toBeNull();
  });
});
