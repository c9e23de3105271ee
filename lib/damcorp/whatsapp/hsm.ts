// POST /whatsapp/sendHsm/{templateName}: one builder for every documented template variant.
// The wire has traps this input hides: static buttons are `{}`, authentication codes are
// `{text}`, interactive templates send `buttons` as an OBJECT, the offer sits in a doubly
// nested `limited_time_offer`, and carousel buttons mix upper and lower case.
import type {
  CarouselComponent,
  HsmButton,
  HsmButtons,
  HsmHeader,
  SendHsmBody,
} from "../schemas/hsm";
import type { MediaHeaderInput, ProductSectionInput } from "./interactive";
import { buildMediaHeader, buildProductSections } from "./interactive";
import { optional } from "../object-fields";
import { buildLocationData, type LocationInput } from "./session";

export type HsmHeaderInput =
  /** `text` omitted sends `{type: "text"}` (interactive templates with a fixed header). */
  { type: "text"; text?: string } | MediaHeaderInput | ({ type: "location" } & LocationInput);

export type HsmButtonInput =
  /** A static button (e.g. quick reply) next to dynamic ones: sent as `{}`. */
  | { type: "static" }
  | { type: "copy_code"; couponCode: string }
  | { type: "url"; urlParam: string }
  | {
      type: "catalog";
      thumbnailProductRetailerId: string;
      sections: readonly ProductSectionInput[];
    }
  | { type: "flow"; flowToken: string }
  /** Authentication templates: the one-time code, sent as `{text: code}`. */
  | { type: "otp"; code: string };

/**
 * Interactive templates (ubah_alamat, auto_respon, konfirmasi_pembayaran) send `buttons` as a
 * single object: `{type: "url", url_param}` when `type` is given, else just `{url_param}`.
 */
export type HsmUrlButtonObjectInput = { type?: "url"; urlParam: string };

export type CarouselButtonInput = {
  type: "quick_reply" | "url";
  /** Zero-based position of the button in the card's template. */
  index: number;
  payload: string;
};

export type CarouselCardInput = {
  header: { type: "image" | "video"; id: string };
  /** Values of the card body's variables, in order. */
  bodyParams?: readonly string[];
  buttons?: readonly CarouselButtonInput[];
};

export type SendHsmInput = {
  templateName: string;
  /** One number, or several (sent as an array). */
  to: string | readonly string[];
  /** Body parameters in template order; omitted means `[]`. */
  params?: readonly string[];
  header?: HsmHeaderInput;
  buttons?: readonly HsmButtonInput[] | HsmUrlButtonObjectInput;
  /** Offer expiration as the spec's `expiration_time_ms`, passed through unchanged. */
  limitedTimeOffer?: { expirationTimeMs: number };
  carousel?: readonly CarouselCardInput[];
};

export function buildHsmHeader(header: HsmHeaderInput): HsmHeader {
  switch (header.type) {
    case "text":
      return { type: "text", ...optional("data", header.text) };
    case "location":
      return { type: "location", data: buildLocationData(header) };
    default:
      return buildMediaHeader(header);
  }
}

export function buildHsmButton(button: HsmButtonInput): HsmButton {
  switch (button.type) {
    case "static":
      return {};
    case "copy_code":
      return { type: "copy_code", coupon_code: button.couponCode };
    case "url":
      return { type: "url", url_param: button.urlParam };
    case "catalog":
      return {
        type: "catalog",
        action: {
          thumbnail_product_retailer_id: button.thumbnailProductRetailerId,
          sections: buildProductSections(button.sections),
        },
      };
    case "flow":
      return { type: "flow", action: { flow_token: button.flowToken } };
    case "otp":
      return { text: button.code };
  }
}

function isButtonList(
  buttons: readonly HsmButtonInput[] | HsmUrlButtonObjectInput,
): buttons is readonly HsmButtonInput[] {
  return Array.isArray(buttons);
}

export function buildHsmButtons(
  buttons: readonly HsmButtonInput[] | HsmUrlButtonObjectInput,
): HsmButtons {
  if (isButtonList(buttons)) return buttons.map(buildHsmButton);
  return { ...optional("type", buttons.type), url_param: buttons.urlParam };
}

export function buildLimitedTimeOffer(
  expirationTimeMs: number,
): NonNullable<SendHsmBody["limited_time_offer"]> {
  return {
    type: "limited_time_offer",
    parameters: [
      { type: "limited_time_offer", limited_time_offer: { expiration_time_ms: expirationTimeMs } },
    ],
  };
}

function buildCarouselButton(button: CarouselButtonInput): CarouselComponent {
  // Spelled exactly as the spec's example: QUICK_REPLY upper case, the URL button lower case.
  return button.type === "quick_reply"
    ? {
        type: "BUTTON",
        sub_type: "QUICK_REPLY",
        index: String(button.index),
        parameters: [{ type: "PAYLOAD", payload: button.payload }],
      }
    : {
        type: "button",
        sub_type: "URL",
        index: String(button.index),
        parameters: [{ type: "payload", payload: button.payload }],
      };
}

/** Cards are numbered by position (`card_index` 0, 1, …); the body is left out when empty. */
export function buildCarousel(
  cards: readonly CarouselCardInput[],
): NonNullable<SendHsmBody["carousel"]> {
  return {
    type: "CAROUSEL",
    cards: cards.map((card, cardIndex) => {
      const header: CarouselComponent = {
        type: "HEADER",
        parameters: [
          card.header.type === "image"
            ? { type: "IMAGE", image: { id: card.header.id } }
            : { type: "VIDEO", video: { id: card.header.id } },
        ],
      };
      const body: CarouselComponent[] =
        card.bodyParams && card.bodyParams.length > 0
          ? [{ type: "BODY", parameters: card.bodyParams.map((text) => ({ type: "TEXT", text })) }]
          : [];
      return {
        card_index: cardIndex,
        components: [header, ...body, ...(card.buttons ?? []).map(buildCarouselButton)],
      };
    }),
  };
}

export function buildHsmBody(input: SendHsmInput, token: string): SendHsmBody {
  return {
    token,
    to: typeof input.to === "string" ? input.to : [...input.to],
    param: [...(input.params ?? [])],
    ...optional("header", input.header ? buildHsmHeader(input.header) : undefined),
    ...optional(
      "limited_time_offer",
      input.limitedTimeOffer
        ? buildLimitedTimeOffer(input.limitedTimeOffer.expirationTimeMs)
        : undefined,
    ),
    ...optional("buttons", input.buttons ? buildHsmButtons(input.buttons) : undefined),
    ...optional("carousel", input.carousel ? buildCarousel(input.carousel) : undefined),
  };
}
