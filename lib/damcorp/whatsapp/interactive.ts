// POST /whatsapp/sendInteractive: reply buttons (optionally with a text or media header and a
// footer), list messages (optionally with a text header), single product and multi product.
import type { SendInteractiveBody } from "../schemas/whatsapp-session";
import { optional } from "../object-fields";

export type TextHeaderInput = { type: "text"; text: string };
export type MediaHeaderInput =
  | { type: "image"; url: string }
  | { type: "video"; url: string }
  | { type: "document"; url: string; filename?: string };

export type ProductSectionInput = { title: string; productRetailerIds: readonly string[] };

export type ReplyButtonsInput = {
  type: "button";
  to: string;
  message: string;
  /** Button texts, 1–3. */
  buttons: readonly string[];
  header?: TextHeaderInput | MediaHeaderInput;
  footer?: string;
};

export type ListMessageInput = {
  type: "list";
  to: string;
  message: string;
  /** Label of the button that opens the list (`list_title`). */
  listTitle: string;
  rows: ReadonlyArray<{ title: string; description?: string }>;
  header?: TextHeaderInput;
};

export type SingleProductInput = {
  type: "product";
  to: string;
  message: string;
  catalogId: string;
  productRetailerId: string;
  footer?: string;
};

export type MultiProductInput = {
  type: "product_list";
  to: string;
  message: string;
  catalogId: string;
  sections: readonly ProductSectionInput[];
  /** WhatsApp requires a text header on multi-product messages. */
  header: TextHeaderInput;
  footer?: string;
};

export type SendInteractiveInput =
  ReplyButtonsInput | ListMessageInput | SingleProductInput | MultiProductInput;

export function buildTextHeader(header: TextHeaderInput) {
  return { type: "text" as const, data: header.text };
}

export function buildMediaHeader(header: MediaHeaderInput) {
  if (header.type === "document") {
    return {
      type: "document" as const,
      data: header.url,
      ...optional("filename", header.filename),
    };
  }
  return { type: header.type, data: header.url };
}

export function buildProductSections(sections: readonly ProductSectionInput[]) {
  return sections.map((section) => ({
    title: section.title,
    product_items: section.productRetailerIds.map((id) => ({ product_retailer_id: id })),
  }));
}

export function buildInteractiveBody(
  input: SendInteractiveInput,
  token: string,
): SendInteractiveBody {
  const base = { token, to: input.to, message: input.message };
  switch (input.type) {
    case "button": {
      const header = input.header
        ? input.header.type === "text"
          ? buildTextHeader(input.header)
          : buildMediaHeader(input.header)
        : undefined;
      return {
        ...base,
        type: "button",
        ...optional("header", header),
        buttons: input.buttons.map((text) => ({ text })),
        ...optional("footer", input.footer),
      };
    }
    case "list":
      return {
        ...base,
        type: "list",
        list_title: input.listTitle,
        list: input.rows.map((row) => ({
          title: row.title,
          ...optional("description", row.description),
        })),
        ...optional("header", input.header ? buildTextHeader(input.header) : undefined),
      };
    case "product":
      return {
        ...base,
        type: "product",
        product: { catalog_id: input.catalogId, product_retailer_id: input.productRetailerId },
        ...optional("footer", input.footer),
      };
    case "product_list":
      return {
        ...base,
        type: "product_list",
        product_list: {
          catalog_id: input.catalogId,
          sections: buildProductSections(input.sections),
        },
        ...optional("footer", input.footer),
        header: buildTextHeader(input.header),
      };
  }
}
