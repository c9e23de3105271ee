// Interactive messages (POST /whatsapp/sendInteractive): reply buttons, a list, one product and
// several products from the catalog.
import { z } from "zod";
import type { FieldIssues } from "../template-values";
import * as limits from "@/lib/damcorp/limits";
import { defineKind, issueAt, mediaHeader, oneLine } from "./define";
import {
  capped,
  fileName,
  footer,
  mediaRefSchema,
  messageBody,
  optionalCapped,
  productSection,
  required,
} from "./fields";

const body = messageBody(limits.INTERACTIVE_BODY_MAX);
const summary = (draft: { body: string }) => oneLine(draft.body);

export const buttonsKind = defineKind(
  z.object({
    kind: z.literal("buttons"),
    header: z
      .discriminatedUnion("type", [
        z.object({ type: z.literal("text"), text: capped("Header", limits.HEADER_TEXT_MAX) }),
        z.object({
          type: z.enum(["image", "video", "document"]),
          media: mediaRefSchema,
          /** Document headers only: the file name the recipient sees. */
          filename: fileName,
        }),
      ])
      .optional(),
    body,
    footer,
    buttons: z
      .array(capped("Button", limits.REPLY_BUTTON_TEXT_MAX))
      .min(limits.REPLY_BUTTONS_MIN, "Add at least one button")
      .max(limits.REPLY_BUTTONS_MAX, `At most ${limits.REPLY_BUTTONS_MAX} buttons`)
      .refine((b) => new Set(b.map((t) => t.trim().toLowerCase())).size === b.length, {
        message: "Each button needs a different text",
      }),
  }),
  "interactive",
  {
    label: "Reply buttons",
    session: true,
    empty: () => ({ kind: "buttons", body: "", footer: "", buttons: ["", ""] }),
    input: (draft, to) => {
      const { header } = draft;
      return {
        type: "button",
        to: to[0] ?? "",
        message: draft.body,
        buttons: draft.buttons,
        ...(header
          ? {
              header:
                header.type === "text"
                  ? { type: "text" as const, text: header.text }
                  : mediaHeader(header.type, header.media, header.filename),
            }
          : {}),
        ...(draft.footer ? { footer: draft.footer } : {}),
      };
    },
    summary,
    media: (draft) =>
      draft.header && draft.header.type !== "text" ? [{ ref: draft.header.media }] : [],
    issues: (draft) =>
      issueAt(
        "message.header.media",
        draft.header?.type !== "text" &&
          draft.header?.media.source !== "url" &&
          "Damcorp takes a header file as a web address (https://…)",
      ),
  },
);

export const listKind = defineKind(
  z.object({
    kind: z.literal("list"),
    header: optionalCapped("Header", limits.HEADER_TEXT_MAX),
    body,
    footer,
    listTitle: capped("Menu button", limits.LIST_TITLE_MAX),
    rows: z
      .array(
        z.object({
          title: capped("Row title", limits.LIST_ROW_TITLE_MAX),
          description: optionalCapped("Row description", limits.LIST_ROW_DESCRIPTION_MAX),
        }),
      )
      .min(limits.LIST_ROWS_MIN, "Add at least one row")
      .max(limits.LIST_ROWS_MAX, `At most ${limits.LIST_ROWS_MAX} rows`),
  }),
  "interactive",
  {
    label: "List",
    session: true,
    empty: () => ({
      kind: "list",
      header: "",
      body: "",
      listTitle: "",
      rows: [{ title: "", description: "" }],
    }),
    input: (draft, to) => ({
      type: "list",
      to: to[0] ?? "",
      message: draft.body,
      listTitle: draft.listTitle,
      rows: draft.rows,
      ...(draft.header ? { header: { type: "text", text: draft.header } } : {}),
    }),
    summary,
    issues: (draft) => {
      const issues: FieldIssues = {};
      const seen = new Set<string>();
      draft.rows.forEach((row, i) => {
        const key = row.title.trim().toLowerCase();
        if (key && seen.has(key))
          issues[`message.rows.${i}.title`] = "Each row needs a different title";
        seen.add(key);
      });
      return issues;
    },
  },
);

export const productKind = defineKind(
  z.object({
    kind: z.literal("product"),
    body,
    footer,
    catalogId: required("Catalog ID"),
    productRetailerId: required("Product ID"),
  }),
  "interactive",
  {
    label: "Single product",
    session: true,
    empty: () => ({ kind: "product", body: "", footer: "", catalogId: "", productRetailerId: "" }),
    input: (draft, to) => ({
      type: "product",
      to: to[0] ?? "",
      message: draft.body,
      catalogId: draft.catalogId,
      productRetailerId: draft.productRetailerId,
      ...(draft.footer ? { footer: draft.footer } : {}),
    }),
    summary,
  },
);

const productCount = (sections: readonly { productRetailerIds: readonly string[] }[]) =>
  sections.reduce((total, s) => total + s.productRetailerIds.length, 0);

export const productListKind = defineKind(
  z.object({
    kind: z.literal("product_list"),
    header: capped("Header", limits.HEADER_TEXT_MAX),
    body,
    footer,
    catalogId: required("Catalog ID"),
    sections: z
      .array(productSection)
      .min(1, "Add at least one section")
      .max(limits.PRODUCT_SECTIONS_MAX),
  }),
  "interactive",
  {
    label: "Multi product",
    session: true,
    empty: () => ({
      kind: "product_list",
      header: "",
      body: "",
      footer: "",
      catalogId: "",
      sections: [{ title: "", productRetailerIds: [""] }],
    }),
    input: (draft, to) => ({
      type: "product_list",
      to: to[0] ?? "",
      message: draft.body,
      catalogId: draft.catalogId,
      sections: draft.sections,
      header: { type: "text", text: draft.header },
      ...(draft.footer ? { footer: draft.footer } : {}),
    }),
    summary,
    issues: (draft) =>
      issueAt(
        "message.sections",
        productCount(draft.sections) > limits.PRODUCT_ITEMS_TOTAL_MAX &&
          `A message can show at most ${limits.PRODUCT_ITEMS_TOTAL_MAX} products in total`,
      ),
  },
);
