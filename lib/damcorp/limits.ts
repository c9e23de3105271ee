// WhatsApp Business (Cloud API) limits that Damcorp forwards without checking itself.
// The request schemas enforce them so a message fails in Kabar with a plain-words reason
// instead of failing at WhatsApp; the UI forms read the same constants for counters.

/** sendText message body. */
export const TEXT_MESSAGE_MAX = 4096;
/** Body text of interactive messages (buttons, lists, products). */
export const INTERACTIVE_BODY_MAX = 1024;
/** Caption on an image, video or document. */
export const CAPTION_MAX = 1024;
export const FOOTER_MAX = 60;
export const HEADER_TEXT_MAX = 60;

export const REPLY_BUTTONS_MIN = 1;
export const REPLY_BUTTONS_MAX = 3;
export const REPLY_BUTTON_TEXT_MAX = 20;

/** The list's menu button label (`list_title`). */
export const LIST_TITLE_MAX = 20;
export const LIST_ROWS_MIN = 1;
export const LIST_ROWS_MAX = 10;
export const LIST_ROW_TITLE_MAX = 24;
export const LIST_ROW_DESCRIPTION_MAX = 72;

/** Multi-product messages (interactive product_list and the HSM catalog button). */
export const PRODUCT_SECTIONS_MAX = 10;
export const PRODUCT_SECTION_TITLE_MAX = 24;
export const PRODUCT_ITEMS_TOTAL_MAX = 30;

/** A template's body is at most 1024 characters, so no single parameter can be longer. */
export const TEMPLATE_PARAM_MAX = 1024;
/** WhatsApp rejects template parameters with more than this many spaces in a row. */
export const TEMPLATE_PARAM_MAX_CONSECUTIVE_SPACES = 4;
export const TEMPLATE_NAME_MAX = 512;
export const TEMPLATE_BUTTONS_MAX = 10;
export const COUPON_CODE_MAX = 15;
/** Authentication templates: the one-time code placed on the copy button. */
export const OTP_CODE_MAX = 15;
/** A dynamic URL button's variable part; WhatsApp caps the whole URL at 2000 characters. */
export const URL_PARAM_MAX = 2000;

export const CAROUSEL_CARDS_MIN = 1;
export const CAROUSEL_CARDS_MAX = 10;
export const CAROUSEL_CARD_BUTTONS_MAX = 2;
/** Card body text is at most 160 characters including its variables. */
export const CAROUSEL_CARD_BODY_MAX = 160;

/** uploadMedia accepts .jpeg/.jpg/.png only (spec: "Media data with format .jpeg/.jpg/.png"). */
export const UPLOAD_MEDIA_TYPES = ["image/jpeg", "image/png"] as const;
export const UPLOAD_MEDIA_EXTENSIONS = [".jpeg", ".jpg", ".png"] as const;

/** WhatsApp media size limits, for forms that pick files before sending. */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const VIDEO_MAX_BYTES = 16 * 1024 * 1024;
export const AUDIO_MAX_BYTES = 16 * 1024 * 1024;
export const DOCUMENT_MAX_BYTES = 100 * 1024 * 1024;
export const STICKER_MAX_BYTES = 100 * 1024;
