// Checks a sendHsm request against the template registry. 725 ("invalid template") covers an
// unknown name and components that do not fit the template (wrong/missing header, buttons the
// template lacks); 721 covers values of the wrong shape inside otherwise-fitting components.
import { z } from "zod";
import { fail, type Reply } from "../envelope";
import { isPlainObject } from "../http";
import type { ButtonKind, TemplateSpec } from "../templates";
import { invalidParameter, LIMITS, maxText, parseOr721 } from "./validation";

export interface ProductRefs {
  catalogIds: string[];
  retailerIds: string[];
}

export function invalidTemplate(): Reply {
  return fail("whatsapp", "725", "invalid template");
}

export function checkHeader(template: TemplateSpec, header: unknown): Reply | null {
  const spec = template.header;
  if (header === undefined || header === null) return spec?.required ? invalidTemplate() : null;
  if (!spec) return invalidTemplate();
  // One example's table gives the header as a bare string ("Payment Confirmation").
  if (typeof header === "string") {
    if (spec.kind !== "text") return invalidTemplate();
    return header.length > LIMITS.headerText ? invalidParameter("header", "too long") : null;
  }
  if (!isPlainObject(header) || typeof header.type !== "string") {
    return invalidParameter("header", "must be an object with a string type");
  }
  if (header.type.toLowerCase() !== spec.kind) return invalidTemplate();
  if (spec.kind === "text") {
    const data = header.data;
    if (data === undefined && !spec.variable) return null;
    if (typeof data !== "string" || data.length === 0 || data.length > LIMITS.headerText) {
      return invalidParameter("header.data", `text of 1–${LIMITS.headerText} characters required`);
    }
    return null;
  }
  if (typeof header.data !== "string" || header.data.trim() === "") {
    return invalidParameter("header.data", "media URL, base64 or id required");
  }
  if (header.filename !== undefined && typeof header.filename !== "string") {
    return invalidParameter("header.filename", "must be a string");
  }
  return null;
}

/** Interactive-template examples send `buttons` as one object; the others as an array. */
export function normaliseButtons(raw: unknown): unknown[] | Reply {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw as unknown[];
  if (isPlainObject(raw)) return [raw];
  return invalidParameter("buttons", "must be an object or an array of objects");
}

const urlButton = z.object({
  type: z.string().optional(),
  url_param: z.string().min(1).optional(),
  // The parameter tables spell it `url_params`; the JSON examples `url_param`.
  url_params: z.string().min(1).optional(),
});
const copyCodeButton = z.object({
  coupon_code: maxText("coupon_code", LIMITS.couponCode).min(1, "coupon_code must not be empty"),
});
const otpButton = z.object({
  text: maxText("text", LIMITS.couponCode).min(1, "text must not be empty"),
});
const catalogButton = z.object({
  catalog_id: z.string().min(1).optional(),
  action: z.object({
    catalog_id: z.string().min(1).optional(),
    thumbnail_product_retailer_id: z.string().min(1).optional(),
    sections: z
      .array(
        z.object({
          title: maxText("section title", LIMITS.rowTitle).min(1),
          product_items: z.array(z.object({ product_retailer_id: z.string().min(1) })).min(1),
        }),
      )
      .min(1)
      .max(10),
  }),
});
const flowButton = z.object({
  action: z
    .object({
      flow_token: z.string().min(1).optional(),
      flow_action_data: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
});

function kindOf(button: Record<string, unknown>, template: TemplateSpec): ButtonKind | undefined {
  if (template.buttons?.allowed.includes("otp")) return "otp";
  const type = typeof button.type === "string" ? button.type.toLowerCase() : undefined;
  if (type === undefined) {
    if (Object.keys(button).length === 0) return "static";
    if ("url_param" in button || "url_params" in button) return "url";
    return undefined;
  }
  if (type === "quick_reply") return "static";
  return (["url", "copy_code", "catalog", "flow"] as const).find((k) => k === type);
}

export function checkButtons(
  template: TemplateSpec,
  buttons: readonly unknown[],
  refs: ProductRefs,
): Reply | null {
  const spec = template.buttons;
  if (!spec) return buttons.length > 0 ? invalidTemplate() : null;
  if (buttons.length === 0) return spec.required ? invalidTemplate() : null;
  if (buttons.length > spec.max) return invalidTemplate();
  for (const [index, button] of buttons.entries()) {
    if (!isPlainObject(button)) return invalidParameter(`buttons.${index}`, "must be an object");
    const kind = kindOf(button, template);
    if (!kind || !spec.allowed.includes(kind)) return invalidTemplate();
    const problem = checkButton(kind, button, ["buttons", index], refs);
    if (problem) return problem;
  }
  return null;
}

function checkButton(
  kind: ButtonKind,
  button: Record<string, unknown>,
  path: (string | number)[],
  refs: ProductRefs,
): Reply | null {
  switch (kind) {
    case "static":
      return null;
    case "url": {
      const parsed = parseOr721(urlButton, button, path);
      if (!parsed.ok) return parsed.reply;
      return (parsed.data.url_param ?? parsed.data.url_params)
        ? null
        : invalidParameter(`${path.join(".")}.url_param`, "required");
    }
    case "copy_code": {
      const parsed = parseOr721(copyCodeButton, button, path);
      return parsed.ok ? null : parsed.reply;
    }
    case "otp": {
      const parsed = parseOr721(otpButton, button, path);
      return parsed.ok ? null : parsed.reply;
    }
    case "flow": {
      const parsed = parseOr721(flowButton, button, path);
      return parsed.ok ? null : parsed.reply;
    }
    case "catalog": {
      const parsed = parseOr721(catalogButton, button, path);
      if (!parsed.ok) return parsed.reply;
      const { action } = parsed.data;
      const catalogId = action.catalog_id ?? parsed.data.catalog_id;
      if (catalogId) refs.catalogIds.push(catalogId);
      if (action.thumbnail_product_retailer_id)
        refs.retailerIds.push(action.thumbnail_product_retailer_id);
      for (const section of action.sections) {
        refs.retailerIds.push(...section.product_items.map((item) => item.product_retailer_id));
      }
      return null;
    }
  }
}

const limitedTimeOffer = z.object({
  type: z.literal("limited_time_offer").optional(),
  parameters: z
    .array(
      z.object({
        type: z.literal("limited_time_offer"),
        limited_time_offer: z.object({ expiration_time_ms: z.number().int().positive() }),
      }),
    )
    .min(1),
});

export function checkLimitedTimeOffer(template: TemplateSpec, offer: unknown): Reply | null {
  if (offer === undefined || offer === null) return null;
  if (!template.limitedTimeOffer) return invalidTemplate();
  const parsed = parseOr721(limitedTimeOffer, offer, ["limited_time_offer"]);
  return parsed.ok ? null : parsed.reply;
}
