// The message-kind table against the sandbox: every call it lists is built, checked and sent the
// way the composer and the delivery engine do it, and the sandbox receives exactly the table's
// path and body. A call added to the table without a sample here does not type-check.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  MESSAGE_CALL_TYPES,
  takesManyRecipients,
  type MessageCallType,
} from "./whatsapp/message-kinds";
import {
  buildMessageRequest,
  checkMessageRequest,
  sendCheckedMessage,
  type MessageCall,
  type MessageCallInput,
} from "./whatsapp/messages";
import { REDACTED } from "./redact";
import { SANDBOX_TOKEN, startHarness, type SandboxHarness } from "@/tests/support/sandbox-harness";

const CUSTOMER = "+6281234567890";

const samples: { [T in MessageCallType]: MessageCallInput<T> } = {
  text: { to: CUSTOMER, message: "Halo" },
  hsm: { templateName: "welcome_msg", to: [CUSTOMER], params: ["Toko", "CS"] },
  interactive: { type: "button", to: CUSTOMER, message: "Pilih", buttons: ["Ya", "Tidak"] },
  image: { to: CUSTOMER, image: "https://cdn.example.com/a.jpg", caption: "Foto" },
  document: { to: CUSTOMER, document: "https://cdn.example.com/r.pdf", filename: "r.pdf" },
  audio: { to: CUSTOMER, audio: "https://cdn.example.com/a.aac" },
  video: { to: CUSTOMER, video: "https://cdn.example.com/v.mp4" },
  sticker: { to: CUSTOMER, sticker: "https://cdn.example.com/s.webp" },
  location: {
    to: [CUSTOMER],
    latitude: -6.2,
    longitude: 106.8,
    name: "Toko",
    address: "Jl. Sudirman 1",
  },
  contact: { to: CUSTOMER, phone: "+6281299990001", name: "Budi" },
};

let sandbox: SandboxHarness;
beforeAll(async () => {
  sandbox = await startHarness();
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(async () => {
  await sandbox.reset();
  await sandbox.inbound(CUSTOMER);
});

describe("every call in the message-kind table", () => {
  it.each(MESSAGE_CALL_TYPES)(
    "%s: built once, checked once, received exactly as built",
    async (type) => {
      const request = buildMessageRequest({ type, input: samples[type] } as MessageCall);
      expect(request.body.token).toBe(REDACTED);
      const checked = checkMessageRequest(request);
      if (!checked.ok) throw new Error(JSON.stringify(checked.issues));

      const result = await sendCheckedMessage(sandbox.client(), checked.request);
      expect(result).toMatchObject({ outcome: "accepted", allSent: true });
      const received = await sandbox.lastRequest(request.path);
      expect(received?.body).toStrictEqual({ ...request.body, token: SANDBOX_TOKEN });
      expect(Array.isArray(request.body.to)).toBe(takesManyRecipients(type));
    },
  );

  it("a request that breaks Damcorp's rules is refused before it is sent", () => {
    const request = buildMessageRequest({
      type: "hsm",
      input: { templateName: "Not A Name", to: [CUSTOMER], params: [] },
    });
    const checked = checkMessageRequest(request);
    expect(checked).toMatchObject({ ok: false, issues: [{ path: "templateName" }] });
  });
});
