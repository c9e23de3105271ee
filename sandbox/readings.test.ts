// The switchable readings of the spec: what a 721 names, and sendLocation's strict reading.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { numberInWindow, startTestSandbox, type TestSandbox } from "./testkit";

let sandbox: TestSandbox;
let to: string;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.reset();
  to = await numberInWindow(sandbox);
});

const place = { latitude: "37.483307", longitude: "122.148981" };
const nested = (data: Record<string, unknown>) => ({
  to,
  header: { type: "location", data },
  param: [],
});
const configure = (body: unknown) => sandbox.post("/__sandbox/config", body);

describe("721 names the refused fields", () => {
  it("lists them in data, dotted as the request spells them, and says why in the message", async () => {
    const location = await sandbox.wa("/whatsapp/sendLocation", nested({ latitude: "91" }));
    expect(location.body).toEqual({
      responseCode: "721",
      version: "1.5.18",
      data: ["header.data.latitude", "header.data.longitude"],
      message:
        "invalid_parameter: header.data.latitude: required, between -90 and 90; header.data.longitude: required, between -180 and 180",
    });
    const hsm = await sandbox.wa("/whatsapp/sendHsm/hsm_text_dummy", {
      to,
      param: ["a", "b"],
      header: { type: "text" },
    });
    expect(hsm.body).toMatchObject({ responseCode: "721", data: ["header.data"] });
    const params = await sandbox.wa("/whatsapp/sendHsm/welcome_msg", { to, param: ["a", 2] });
    expect(params.body).toMatchObject({ responseCode: "721", data: ["param.1"] });
  });

  it('answers data: null with invalidParamData "null", leaving other codes alone', async () => {
    await configure({ invalidParamData: "null" });
    const refused = await sandbox.wa("/whatsapp/sendText", { to });
    expect(refused.body).toMatchObject({ responseCode: "721", data: null });
    expect(refused.body.message).toMatch(/^invalid_parameter: message/);
    const sent = await sandbox.wa("/whatsapp/sendText", { to, message: "Halo" });
    expect(sent.body.data).toHaveLength(1);
    // The log shows what the client got.
    const { requests } = (await sandbox.get("/__sandbox/requests")).body;
    expect(requests[0].response.data).toBeNull();
  });
});

describe("sendLocation: name and address", () => {
  it("are optional by default", async () => {
    for (const body of [nested(place), { to, ...place }]) {
      const res = await sandbox.wa("/whatsapp/sendLocation", body);
      expect(res.body.responseCode, JSON.stringify(body)).toBe("000");
    }
  });

  it("are required in the strict reading, named where the request put the place", async () => {
    await configure({ strictLocation: true });
    const inHeader = await sandbox.wa("/whatsapp/sendLocation", nested(place));
    expect(inHeader.body).toMatchObject({
      responseCode: "721",
      data: ["header.data.name", "header.data.address"],
    });
    const topLevel = await sandbox.wa("/whatsapp/sendLocation", { to, ...place, name: " " });
    expect(topLevel.body).toMatchObject({ responseCode: "721", data: ["name", "address"] });
    const complete = await sandbox.wa(
      "/whatsapp/sendLocation",
      nested({ ...place, name: "Pablo Morales", address: "1 Hacker Way, Menlo Park, CA 94025" }),
    );
    expect(complete.body.data[0]).toMatchObject({ to, status: "sent" });
  });
});
