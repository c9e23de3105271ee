// sendInteractive: reply buttons, lists, single product and multi-product messages. The spec states
// "max 3 buttons" and "max 10 lists"; the character limits are WhatsApp's own (see LIMITS).
import { z } from "zod";
import { productsExist } from "../catalog";
import type { Handler } from "../context";
import { fail } from "../envelope";
import { headerMediaMissing } from "../media";
import { fanOut } from "./recipients";
import {
  invalidParameter,
  LIMITS,
  maxText,
  parseOr721,
  recipientsOf,
  toSchema,
} from "./validation";

const common = {
  to: toSchema,
  message: maxText("message", LIMITS.interactiveBody).min(1, "message must not be empty"),
  footer: maxText("footer", LIMITS.footer).optional(),
};

const textHeader = z.object({
  type: z.literal("text"),
  data: maxText("header text", LIMITS.headerText).min(1, "header text must not be empty"),
});
const mediaHeader = z.object({
  type: z.enum(["image", "document", "video"]),
  data: z.string().min(1, "header media must not be empty"),
  filename: z.string().optional(),
});

const buttonSchema = z.object({
  ...common,
  header: z.union([textHeader, mediaHeader]).optional(),
  buttons: z
    .array(
      z.object({
        text: maxText("button text", LIMITS.buttonTitle).min(1, "button text must not be empty"),
      }),
    )
    .min(1, "at least 1 button")
    .max(LIMITS.buttons, `at most ${LIMITS.buttons} buttons`),
});

const listSchema = z.object({
  ...common,
  header: textHeader.optional(),
  list_title: maxText("list_title", LIMITS.listButton).min(1, "list_title must not be empty"),
  list: z
    .array(
      z.object({
        title: maxText("row title", LIMITS.rowTitle).min(1, "row title must not be empty"),
        description: maxText("row description", LIMITS.rowDescription).optional(),
      }),
    )
    .min(1, "at least 1 row")
    .max(LIMITS.listRows, `at most ${LIMITS.listRows} rows`),
});

const productSchema = z.object({
  ...common,
  product: z.object({ catalog_id: z.string().min(1), product_retailer_id: z.string().min(1) }),
});

const productListSchema = z.object({
  ...common,
  header: textHeader.optional(),
  product_list: z.object({
    catalog_id: z.string().min(1),
    sections: z
      .array(
        z.object({
          title: maxText("section title", LIMITS.rowTitle).min(1),
          product_items: z
            .array(z.object({ product_retailer_id: z.string().min(1) }))
            .min(1, "at least 1 product"),
        }),
      )
      .min(1, "at least 1 section")
      .max(10, "at most 10 sections"),
  }),
});

export const sendInteractive: Handler = ({ state, body }) => {
  switch (body.type) {
    case "button": {
      const parsed = parseOr721(buttonSchema, body);
      if (!parsed.ok) return parsed.reply;
      return fanOut(state, recipientsOf(parsed.data.to), {
        session: true,
        missingMedia: headerMediaMissing(parsed.data.header, state),
      });
    }
    case "list": {
      const parsed = parseOr721(listSchema, body);
      if (!parsed.ok) return parsed.reply;
      return fanOut(state, recipientsOf(parsed.data.to), { session: true });
    }
    case "product": {
      const parsed = parseOr721(productSchema, body);
      if (!parsed.ok) return parsed.reply;
      const { catalog_id, product_retailer_id } = parsed.data.product;
      if (!productsExist(catalog_id, [product_retailer_id])) return invalidProduct();
      return fanOut(state, recipientsOf(parsed.data.to), { session: true });
    }
    case "product_list": {
      const parsed = parseOr721(productListSchema, body);
      if (!parsed.ok) return parsed.reply;
      const { catalog_id, sections } = parsed.data.product_list;
      const ids = sections.flatMap((s) => s.product_items.map((p) => p.product_retailer_id));
      if (ids.length > 30) return invalidParameter("product_list", "at most 30 products in total");
      if (!productsExist(catalog_id, ids)) return invalidProduct();
      return fanOut(state, recipientsOf(parsed.data.to), { session: true });
    }
    default:
      return invalidParameter("type", "must be one of button, list, product, product_list");
  }
};

export function invalidProduct() {
  return fail("whatsapp", "726", "invalid_product");
}
