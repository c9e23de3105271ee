// What every message kind the composer offers says about itself, in one place per kind: its
// draft schema (the form's shape), its empty draft, its label, the Damcorp call it becomes
// (lib/damcorp's message-kind table builds, checks and sends that call), its one-line summary for
// history and the media it carries. lib/composer/kinds/index.ts lists the kinds.
import type { z } from "zod";
import type { MessageCallInput, MessageCallType } from "@/lib/damcorp/whatsapp/messages";
import type { MediaHeaderInput } from "@/lib/damcorp/whatsapp/interactive";
import type { TemplateInput } from "@/lib/templates/schema";
import type { FieldIssues } from "../template-values";
import type { MediaRef } from "./fields";

/** A media reference in a draft; `byIdOnly` when Damcorp takes it only as a media ID. */
export type MediaUse = { ref: MediaRef; byIdOnly?: boolean };

type DraftSchema = z.ZodObject<{ kind: z.ZodLiteral<string> }>;

export type ComposeKind<
  S extends DraftSchema = DraftSchema,
  T extends MessageCallType = MessageCallType,
> = {
  schema: S;
  /** In the composer's "Message type" list. */
  label: string;
  /** The Damcorp call this kind goes out as (Send.kind in history). */
  call: T;
  /** Session kinds reach only customers who wrote in the last 24 hours (templates reach anyone). */
  session: boolean;
  /** The form's starting values when the operator switches to this kind. */
  empty: () => z.input<S>;
  /**
   * The call's input for recipients `to` (wire numbers: one, or all for calls that take many);
   * null while something it needs (a template) is missing. Media is written with describeMedia.
   */
  input: (
    draft: z.output<S>,
    to: readonly string[],
    template: TemplateInput | undefined,
  ) => MessageCallInput<T> | null;
  /** One line for history lists. */
  summary: (draft: z.output<S>, template: TemplateInput | undefined) => string;
  media?: (draft: z.output<S>) => MediaUse[];
  /**
   * The form field (a path under `message.`) that a field path Damcorp's 721 names in `data`
   * came from ("header.data.name" → "location.name"), or null where the form has no such field.
   */
  refusedField?: (damcorpPath: string) => string | null;
  /** What the schema cannot see but Damcorp would refuse, by field path (form and server). */
  issues?: (draft: z.input<S>, template: TemplateInput | undefined, now: Date) => FieldIssues;
};

/** A kind's description, typed by its draft schema and its call (the rest follows from them). */
export function defineKind<S extends DraftSchema, T extends MessageCallType>(
  schema: S,
  call: T,
  rest: NoInfer<Omit<ComposeKind<S, T>, "schema" | "call">>,
): ComposeKind<S, T> {
  return { schema, call, ...rest };
}

/** `{ [path]: message }` when there is a message; no issue otherwise. */
export function issueAt(path: string, message: string | false | undefined): FieldIssues {
  return message ? { [path]: message } : {};
}

const LIBRARY_PREFIX = "media-library:";

/**
 * Media as a request is built, shown and hashed: a library file is named by its asset (the
 * server swaps in its Damcorp media ID, base64 or signed link only when sending).
 */
export function describeMedia(ref: MediaRef): string {
  switch (ref.source) {
    case "url":
      return ref.url;
    case "id":
      return ref.mediaId;
    case "library":
      return `${LIBRARY_PREFIX}${ref.assetId}`;
  }
}

/**
 * A copy of a built body with every library file (as describeMedia wrote it) replaced by
 * `resolve(assetId)`: what the send puts there (its Damcorp media ID, base64 or a signed link), or
 * a stand-in of that shape for a check.
 */
export function withLibraryMedia<T>(body: T, resolve: (assetId: string) => string): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") {
      return value.startsWith(LIBRARY_PREFIX) ? resolve(value.slice(LIBRARY_PREFIX.length)) : value;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return walk(body) as T;
}

export function mediaHeader(
  type: "image" | "video" | "document",
  ref: MediaRef,
  filename: string | undefined,
): MediaHeaderInput {
  const url = describeMedia(ref);
  return type === "document" ? { type, url, ...(filename ? { filename } : {}) } : { type, url };
}

const SUMMARY_MAX = 120;

/** Text on one line, never longer than a history row. */
export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SUMMARY_MAX ? `${flat.slice(0, SUMMARY_MAX - 1)}…` : flat;
}

export function mediaName(media: MediaRef): string {
  switch (media.source) {
    case "library":
      return media.name ?? "from the media library";
    case "url":
      return media.url.split(/[?#]/)[0]!.split("/").pop() || media.url;
    case "id":
      return `media ID ${media.mediaId}`;
  }
}
