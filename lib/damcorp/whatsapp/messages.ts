// The message-kind table: every WhatsApp message call Damcorp offers, described once — its path,
// its body schema and its body builder (its name, label and recipient count are in
// message-kinds.ts, which browser pages read without the schemas). The client's send functions,
// the composer's request view, the pre-send check, the delivery engine and the contract tests
// all read this table; nothing else in Kabar lists the message calls or their paths.
//
// Adding a call: write its body schema (schemas/) and builder (this folder), then add it here and
// in message-kinds.ts (TypeScript refuses one without the other).
import type { z } from "zod";
import {
  callDamcorp,
  joinUrl,
  pathCheckIssues,
  validationIssues,
  type CallOptions,
  type PathCheck,
} from "../call";
import { credentialsOf, type DamcorpClient } from "../client";
import { REDACTED } from "../redact";
import type { SendResult } from "../results";
import { sendResponseDataSchema } from "../schemas/common";
import { sendHsmBodySchema, templateNameSchema } from "../schemas/hsm";
import {
  sendAudioBodySchema,
  sendContactBodySchema,
  sendDocumentBodySchema,
  sendImageBodySchema,
  sendInteractiveBodySchema,
  sendLocationBodySchema,
  sendStickerBodySchema,
  sendTextBodySchema,
  sendVideoBodySchema,
} from "../schemas/whatsapp-session";
import type { ValidationIssue } from "../validation";
import { buildHsmBody, type SendHsmInput } from "./hsm";
import type { MessageCallType } from "./message-kinds";
import { buildInteractiveBody, type SendInteractiveInput } from "./interactive";
import { toSendAccepted } from "./answers";
import {
  buildAudioBody,
  buildContactBody,
  buildDocumentBody,
  buildImageBody,
  buildLocationBody,
  buildStickerBody,
  buildTextBody,
  buildVideoBody,
  type SendAudioInput,
  type SendContactInput,
  type SendDocumentInput,
  type SendImageInput,
  type SendLocationInput,
  type SendStickerInput,
  type SendTextInput,
  type SendVideoInput,
} from "./session";

type CallEntry<I> = {
  path: (input: I) => string;
  /** The body exactly as the spec documents it; a request that fails it is never sent. */
  schema: z.ZodType;
  build: (input: I, token: string) => object;
  /** Values that travel outside the body (a template's name in the path), checked on their own. */
  checks?: (input: I) => PathCheck[];
};

const describeCall = <I>(entry: CallEntry<I>) => entry;

export const messageCalls = {
  text: describeCall<SendTextInput>({
    path: () => "/whatsapp/sendText",
    schema: sendTextBodySchema,
    build: buildTextBody,
  }),
  hsm: describeCall<SendHsmInput>({
    path: (input) => `/whatsapp/sendHsm/${encodeURIComponent(input.templateName)}`,
    schema: sendHsmBodySchema,
    build: buildHsmBody,
    checks: (input) => [
      { field: "templateName", schema: templateNameSchema, value: input.templateName },
    ],
  }),
  interactive: describeCall<SendInteractiveInput>({
    path: () => "/whatsapp/sendInteractive",
    schema: sendInteractiveBodySchema,
    build: buildInteractiveBody,
  }),
  image: describeCall<SendImageInput>({
    path: () => "/whatsapp/sendImage",
    schema: sendImageBodySchema,
    build: buildImageBody,
  }),
  document: describeCall<SendDocumentInput>({
    path: () => "/whatsapp/sendDocument",
    schema: sendDocumentBodySchema,
    build: buildDocumentBody,
  }),
  audio: describeCall<SendAudioInput>({
    path: () => "/whatsapp/sendAudio",
    schema: sendAudioBodySchema,
    build: buildAudioBody,
  }),
  video: describeCall<SendVideoInput>({
    path: () => "/whatsapp/sendVideo",
    schema: sendVideoBodySchema,
    build: buildVideoBody,
  }),
  sticker: describeCall<SendStickerInput>({
    path: () => "/whatsapp/sendSticker",
    schema: sendStickerBodySchema,
    build: buildStickerBody,
  }),
  location: describeCall<SendLocationInput>({
    path: () => "/whatsapp/sendLocation",
    schema: sendLocationBodySchema,
    build: buildLocationBody,
  }),
  contact: describeCall<SendContactInput>({
    path: () => "/whatsapp/sendContact",
    schema: sendContactBodySchema,
    build: buildContactBody,
  }),
} satisfies Record<MessageCallType, CallEntry<never>>;

export type { MessageCallType };

export type MessageCallInput<T extends MessageCallType> = Parameters<
  (typeof messageCalls)[T]["build"]
>[0];

/** One message call: which kind, with which input. */
export type MessageCall = {
  [T in MessageCallType]: { type: T; input: MessageCallInput<T> };
}[MessageCallType];

/**
 * A request built once from its call: the path, and the body with the token still the
 * redaction marker (what the request view shows, what history keeps, what the hash covers).
 */
export type MessageRequest = {
  type: MessageCallType;
  path: string;
  body: Record<string, unknown>;
  /** Values sent outside the body, checked with it. */
  checks: readonly PathCheck[];
};

/** A request whose body and path passed the table's schema: sent as it is, never re-checked. */
export type CheckedMessageRequest = MessageRequest & { readonly checked: true };

function entryOf(type: MessageCallType): CallEntry<unknown> {
  return messageCalls[type] as CallEntry<unknown>;
}

export function buildMessageRequest(call: MessageCall): MessageRequest {
  const entry = entryOf(call.type);
  return {
    type: call.type,
    path: entry.path(call.input),
    body: entry.build(call.input, REDACTED) as Record<string, unknown>,
    checks: entry.checks?.(call.input) ?? [],
  };
}

/**
 * What Damcorp's rules say about a request ("to: …"-style issues, path values first). `body`
 * may stand in for the request's body (the pre-send check swaps library media for addresses).
 */
export function messageRequestIssues(
  request: MessageRequest,
  body: unknown = request.body,
): ValidationIssue[] {
  return [
    ...pathCheckIssues(request.checks),
    ...validationIssues(entryOf(request.type).schema, body),
  ];
}

/** The request, marked as checked when Damcorp's rules pass; otherwise what is wrong. */
export function checkMessageRequest(
  request: MessageRequest,
  body?: unknown,
): { ok: true; request: CheckedMessageRequest } | { ok: false; issues: ValidationIssue[] } {
  const issues = messageRequestIssues(request, body);
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, request: { ...request, checked: true } };
}

function post(
  client: DamcorpClient,
  request: MessageRequest,
  validate: boolean,
  options?: CallOptions,
): Promise<SendResult> {
  // The token replaces the marker where the builder put it; nothing else changes.
  const body = { ...request.body, token: credentialsOf(client).token ?? "" };
  return callDamcorp({
    client,
    method: "POST",
    url: joinUrl(client.whatsappUrl, request.path),
    needs: "token",
    payload: body,
    schema: validate ? entryOf(request.type).schema : undefined,
    checks: validate ? request.checks : undefined,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
    idempotent: false,
    interpret: { dataSchema: sendResponseDataSchema, accept: toSendAccepted, reject: () => ({}) },
    options,
  });
}

/** Sends a request checked beforehand (checkMessageRequest) with the client's token. */
export function sendCheckedMessage(
  client: DamcorpClient,
  request: CheckedMessageRequest,
  options?: CallOptions,
): Promise<SendResult> {
  return post(client, request, false, options);
}

/** Builds, checks and sends one call; a request Damcorp's rules refuse is not sent (not_sent). */
export function sendMessage(
  client: DamcorpClient,
  call: MessageCall,
  options?: CallOptions,
): Promise<SendResult> {
  return post(client, buildMessageRequest(call), true, options);
}

// One function per call, for scripts and tests that know which message they send.
type Sender<T extends MessageCallType> = (
  client: DamcorpClient,
  input: MessageCallInput<T>,
  options?: CallOptions,
) => Promise<SendResult>;
const sender =
  <T extends MessageCallType>(type: T): Sender<T> =>
  (client, input, options) =>
    sendMessage(client, { type, input } as MessageCall, options);

export const sendText = sender("text");
export const sendHsm = sender("hsm");
export const sendInteractive = sender("interactive");
export const sendImage = sender("image");
export const sendDocument = sender("document");
export const sendAudio = sender("audio");
export const sendVideo = sender("video");
export const sendSticker = sender("sticker");
export const sendLocation = sender("location");
export const sendContact = sender("contact");
