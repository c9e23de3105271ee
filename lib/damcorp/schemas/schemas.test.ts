// The schemas' limits and their plain-words messages, as operators will read them.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as limits from "../limits";
import { issuesFromZodError, type ValidationIssue } from "../validation";
import { buildHsmBody } from "../whatsapp/hsm";
import { buildInteractiveBody, type ReplyButtonsInput } from "../whatsapp/interactive";
import { sendHsmBodySchema, templateNameSchema } from "./hsm";
import { openTicketBodySchema, listTicketsQuerySchema } from "./helpdesk";
import { uploadMediaFormSchema } from "./media";
import {
  footerSchema,
  sendInteractiveBodySchema,
  sendLocationBodySchema,
  sendStickerBodySchema,
  sendTextBodySchema,
  sendImageBodySchema,
} from "./whatsapp-session";

function issues(schema: z.ZodType, value: unknown): ValidationIssue[] {
  const result = schema.safeParse(value);
  return result.success ? [] : issuesFromZodError(result.error);
}

const T = "tok";
const x = (n: number) => "x".repeat(n);

const buttons = (over: Partial<ReplyButtonsInput> = {}) =>
  buildInteractiveBody(
    { type: "button", to: "+6281234567890", message: "Hi", buttons: ["Yes"], ...over },
    T,
  );

describe("limits constants", () => {
  it("exports WhatsApp's limits", () => {
    expect(limits).toMatchObject({
      TEXT_MESSAGE_MAX: 4096,
      CAPTION_MAX: 1024,
      FOOTER_MAX: 60,
      HEADER_TEXT_MAX: 60,
      REPLY_BUTTONS_MAX: 3,
      REPLY_BUTTON_TEXT_MAX: 20,
      LIST_ROWS_MAX: 10,
      LIST_ROW_TITLE_MAX: 24,
      LIST_ROW_DESCRIPTION_MAX: 72,
      LIST_TITLE_MAX: 20,
      CAROUSEL_CARDS_MAX: 10,
    });
  });
});

describe("text", () => {
  it("accepts 4096 characters and rejects 4097", () => {
    expect(issues(sendTextBodySchema, { token: T, to: "+62812", message: x(4096) })).toStrictEqual(
      [],
    );
    expect(issues(sendTextBodySchema, { token: T, to: "+62812", message: x(4097) })).toStrictEqual([
      { path: "message", message: "Message can be at most 4096 characters" },
    ]);
  });

  it("rejects a blank message and a missing recipient in plain words", () => {
    expect(issues(sendTextBodySchema, { token: T, message: "  " })).toStrictEqual([
      { path: "to", message: "Recipient number is required" },
      { path: "message", message: "Message cannot be empty" },
    ]);
  });

  it("never sends control characters or broken halves of emoji", () => {
    expect(
      issues(sendTextBodySchema, { token: T, to: "+62812", message: "Halo\u0000" }),
    ).toStrictEqual([
      {
        path: "message",
        message:
          "Message: Contains an invisible control character (U+0000) at position 5. Delete it and type the text again.",
      },
    ]);
    expect(
      issues(openTicketBodySchema, {
        userNumber: "628123456789",
        userName: "\u0000\ud800",
        issue: "i",
        tag: "t",
      }).map((i) => i.path),
    ).toEqual(["userName"]);
  });

  it("rejects recipients with letters or formatting (normalise first)", () => {
    expect(issues(sendTextBodySchema, { token: T, to: "0812-3456", message: "a" })).toStrictEqual([
      {
        path: "to",
        message: "Recipient number can only contain digits, optionally starting with +",
      },
    ]);
  });

  it("does not reject short numbers: Damcorp reports them per recipient", () => {
    expect(issues(sendTextBodySchema, { token: T, to: "6281234", message: "a" })).toStrictEqual([]);
  });

  it("rejects unknown fields", () => {
    expect(
      issues(sendTextBodySchema, { token: T, to: "+62812", message: "a", extra: 1 }),
    ).toHaveLength(1);
  });
});

describe("interactive", () => {
  it("footer at most 60", () => {
    expect(issues(footerSchema, x(60))).toStrictEqual([]);
    expect(issues(sendInteractiveBodySchema, buttons({ footer: x(61) }))).toStrictEqual([
      { path: "footer", message: "Footer can be at most 60 characters" },
    ]);
  });

  it("header text at most 60", () => {
    expect(
      issues(sendInteractiveBodySchema, buttons({ header: { type: "text", text: x(61) } })),
    ).toStrictEqual([{ path: "header.data", message: "Header text can be at most 60 characters" }]);
  });

  it("1 to 3 reply buttons of at most 20 characters, all different", () => {
    expect(issues(sendInteractiveBodySchema, buttons({ buttons: [] }))).toStrictEqual([
      { path: "buttons", message: "Add at least 1 reply button" },
    ]);
    expect(
      issues(sendInteractiveBodySchema, buttons({ buttons: ["a", "b", "c", "d"] })),
    ).toStrictEqual([{ path: "buttons", message: "A message can have at most 3 reply buttons" }]);
    expect(issues(sendInteractiveBodySchema, buttons({ buttons: ["ok", x(21)] }))).toStrictEqual([
      { path: "buttons[1].text", message: "Reply button text can be at most 20 characters" },
    ]);
    expect(issues(sendInteractiveBodySchema, buttons({ buttons: ["Yes", "yes"] }))).toStrictEqual([
      { path: "buttons[1].text", message: "Reply buttons must each have a different text" },
    ]);
  });

  it("media header must be a web address", () => {
    expect(
      issues(sendInteractiveBodySchema, buttons({ header: { type: "image", url: "menu.jpg" } })),
    ).toStrictEqual([
      {
        path: "header.data",
        message: "Header image must be a web address starting with http:// or https://",
      },
    ]);
  });

  it("interactive body at most 1024", () => {
    expect(issues(sendInteractiveBodySchema, buttons({ message: x(1025) }))).toStrictEqual([
      { path: "message", message: "Message can be at most 1024 characters" },
    ]);
  });

  const list = (rows: { title: string; description?: string }[], listTitle = "Menu") =>
    buildInteractiveBody({ type: "list", to: "+6281234567890", message: "Hi", listTitle, rows }, T);

  it("list: 1 to 10 rows, title ≤ 24, description ≤ 72, list_title ≤ 20", () => {
    expect(issues(sendInteractiveBodySchema, list([]))).toStrictEqual([
      { path: "list", message: "Add at least 1 list row" },
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ title: `Option ${i}` }));
    expect(issues(sendInteractiveBodySchema, list(eleven))).toStrictEqual([
      { path: "list", message: "A list can have at most 10 rows" },
    ]);
    expect(issues(sendInteractiveBodySchema, list([{ title: x(25) }]))).toStrictEqual([
      { path: "list[0].title", message: "List row title can be at most 24 characters" },
    ]);
    expect(
      issues(sendInteractiveBodySchema, list([{ title: "a", description: x(73) }])),
    ).toStrictEqual([
      { path: "list[0].description", message: "List row description can be at most 72 characters" },
    ]);
    expect(issues(sendInteractiveBodySchema, list([{ title: "a" }], x(21)))).toStrictEqual([
      { path: "list_title", message: "List button title can be at most 20 characters" },
    ]);
  });

  it("multi product: at most 30 products in total", () => {
    const ids = Array.from({ length: 31 }, (_, i) => `p${i}`);
    const body = buildInteractiveBody(
      {
        type: "product_list",
        to: "+6281234567890",
        message: "Hi",
        catalogId: "1",
        sections: [{ title: "All", productRetailerIds: ids }],
        header: { type: "text", text: "Menu" },
      },
      T,
    );
    expect(issues(sendInteractiveBodySchema, body)).toStrictEqual([
      { path: "product_list.sections", message: "A message can show at most 30 products in total" },
    ]);
  });

  it("unknown type is named", () => {
    expect(
      issues(sendInteractiveBodySchema, { token: T, to: "+62", message: "a", type: "carousel" }),
    ).toStrictEqual([
      {
        path: "type",
        message: "Interactive message type must be button, list, product or product_list",
      },
    ]);
  });
});

describe("media, sticker, location", () => {
  it("caption at most 1024", () => {
    expect(
      issues(sendImageBodySchema, { to: "+62", token: T, image: "id", caption: x(1025) }),
    ).toStrictEqual([{ path: "caption", message: "Caption can be at most 1024 characters" }]);
  });

  it("sticker must be a .webp address", () => {
    expect(
      issues(sendStickerBodySchema, { token: T, to: "+62", sticker: "https://x.test/a.png" }),
    ).toStrictEqual([{ path: "sticker", message: "Sticker must be the address of a .webp image" }]);
  });

  it("coordinates in range", () => {
    const body = {
      token: T,
      to: ["+62"],
      header: {
        type: "location",
        data: { latitude: "91", longitude: "abc", name: "Monas", address: "Gambir" },
      },
      param: [],
    };
    expect(issues(sendLocationBodySchema, body)).toStrictEqual([
      { path: "header.data.latitude", message: "Latitude must be a number between -90 and 90" },
      { path: "header.data.longitude", message: "Longitude must be a number between -180 and 180" },
    ]);
  });

  it("location: place name and address are required (a Damcorp reading refuses them missing)", () => {
    const body = {
      token: T,
      to: ["+6281234567890"],
      header: { type: "location", data: { latitude: "-6.2", longitude: "106.8" } },
      param: [],
    };
    expect(issues(sendLocationBodySchema, body).map((i) => i.path)).toStrictEqual([
      "header.data.name",
      "header.data.address",
    ]);
  });

  it("upload: JPEG/PNG only, with a matching file name", () => {
    expect(
      issues(uploadMediaFormSchema, {
        token: T,
        media: { filename: "a.gif", contentType: "image/gif", size: 10 },
      }),
    ).toStrictEqual([
      { path: "media.contentType", message: "Only JPEG and PNG images can be uploaded" },
    ]);
    expect(
      issues(uploadMediaFormSchema, {
        token: T,
        media: { filename: "a.txt", contentType: "image/png", size: 10 },
      }),
    ).toStrictEqual([
      { path: "media.filename", message: "The file name must end in .jpeg, .jpg or .png" },
    ]);
    expect(
      issues(uploadMediaFormSchema, { token: T, media: "https://x.test/a.jpg" }),
    ).toStrictEqual([]);
  });
});

describe("HSM", () => {
  it("template names are lowercase identifiers", () => {
    expect(issues(templateNameSchema, "welcome_msg")).toStrictEqual([]);
    expect(issues(templateNameSchema, "Welcome Msg")).toStrictEqual([
      {
        path: "",
        message: "Template name can only contain lowercase letters, numbers and underscores",
      },
    ]);
  });

  it("template parameters: no line breaks, no more than 4 spaces in a row, not empty", () => {
    const body = buildHsmBody({ templateName: "t", to: "+62", params: ["a\nb", "a     b", ""] }, T);
    expect(issues(sendHsmBodySchema, body)).toStrictEqual([
      { path: "param[0]", message: "Template parameters cannot contain line breaks or tabs" },
      {
        path: "param[1]",
        message: "Template parameters cannot contain more than 4 spaces in a row",
      },
      { path: "param[2]", message: "Template parameter cannot be empty" },
    ]);
  });

  it("coupon code at most 15", () => {
    const body = buildHsmBody(
      { templateName: "t", to: "+62", buttons: [{ type: "copy_code", couponCode: x(16) }] },
      T,
    );
    expect(issues(sendHsmBodySchema, body)).toStrictEqual([
      { path: "buttons[0].coupon_code", message: "Coupon code can be at most 15 characters" },
    ]);
  });

  it("url button value required in the object form", () => {
    const body = buildHsmBody({ templateName: "t", to: "+62", buttons: { urlParam: "" } }, T);
    expect(issues(sendHsmBodySchema, body)).toStrictEqual([
      { path: "buttons.url_param", message: "URL button value cannot be empty" },
    ]);
  });

  it("carousel at most 10 cards, card body variables at most 160", () => {
    const cards = Array.from({ length: 11 }, () => ({
      header: { type: "image" as const, id: "1" },
    }));
    expect(
      issues(
        sendHsmBodySchema,
        buildHsmBody({ templateName: "t", to: ["+62"], carousel: cards }, T),
      ),
    ).toStrictEqual([{ path: "carousel.cards", message: "A carousel can have at most 10 cards" }]);
    const long = buildHsmBody(
      {
        templateName: "t",
        to: ["+62"],
        carousel: [{ header: { type: "image", id: "1" }, bodyParams: [x(161)] }],
      },
      T,
    );
    expect(issues(sendHsmBodySchema, long)).toStrictEqual([
      {
        path: "carousel.cards[0].components[1].parameters[0].text",
        message: "Card body variable can be at most 160 characters",
      },
    ]);
  });

  it("offer expiration must be a positive whole number", () => {
    const body = buildHsmBody(
      { templateName: "t", to: "+62", limitedTimeOffer: { expirationTimeMs: -1 } },
      T,
    );
    expect(issues(sendHsmBodySchema, body)).toStrictEqual([
      {
        path: "limited_time_offer.parameters[0].limited_time_offer.expiration_time_ms",
        message: "Offer expiration time must be greater than 0",
      },
    ]);
  });
});

describe("helpdesk", () => {
  it("open ticket requires number, name, issue and tag; email must be an email", () => {
    expect(
      issues(openTicketBodySchema, {
        userNumber: "628123456789",
        userName: "Jhon",
        tag: "t",
        operatorEmail: "x",
      }),
    ).toStrictEqual([
      { path: "issue", message: "Issue is required" },
      { path: "operatorEmail", message: "Operator email must be an email address" },
    ]);
  });

  it("list dates are YYYY-MM-DD and in order", () => {
    expect(
      issues(listTicketsQuerySchema, { start_date: "2019-03-01", end_date: "2019-03-28" }),
    ).toStrictEqual([]);
    expect(issues(listTicketsQuerySchema, { start_date: "01/03/2019" })).toStrictEqual([
      { path: "start_date", message: "Start date must be a date written as YYYY-MM-DD" },
    ]);
    expect(issues(listTicketsQuerySchema, { start_date: "2019-02-30" })).toStrictEqual([
      { path: "start_date", message: "Start date is not a real calendar date" },
    ]);
    expect(
      issues(listTicketsQuerySchema, { start_date: "2019-03-28", end_date: "2019-03-01" }),
    ).toStrictEqual([{ path: "end_date", message: "End date must be on or after the start date" }]);
  });
});
