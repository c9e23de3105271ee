// Expected bodies are copied by hand from the spec's examples (/work/shared/spec/damcorp-api.txt), with
// placeholder values replaced by concrete ones.
import { describe, expect, it } from "vitest";
import {
  sendAudioBodySchema,
  sendContactBodySchema,
  sendDocumentBodySchema,
  sendImageBodySchema,
  sendLocationBodySchema,
  sendStickerBodySchema,
  sendTextBodySchema,
  sendVideoBodySchema,
} from "../schemas/whatsapp-session";
import {
  buildAudioBody,
  buildContactBody,
  buildDocumentBody,
  buildImageBody,
  buildLocationBody,
  buildStickerBody,
  buildTextBody,
  buildVideoBody,
} from "./session";

const TOKEN = "eyJ0eXAiOiJKVxxxxx";

describe("session message bodies match the spec", () => {
  it("sendText: token, to, message", () => {
    const body = buildTextBody({ to: "+6281234567890", message: "Hello world!" }, TOKEN);
    expect(body).toStrictEqual({ token: TOKEN, to: "+6281234567890", message: "Hello world!" });
    expect(sendTextBodySchema.safeParse(body).success).toBe(true);
  });

  it("sendImage: to, token, image, caption", () => {
    const body = buildImageBody(
      { to: "85567891234", image: "https://example.com/a.jpg", caption: "Test send image" },
      TOKEN,
    );
    expect(body).toStrictEqual({
      to: "85567891234",
      token: TOKEN,
      image: "https://example.com/a.jpg",
      caption: "Test send image",
    });
    expect(sendImageBodySchema.safeParse(body).success).toBe(true);
  });

  it("sendImage without caption leaves caption out", () => {
    expect(buildImageBody({ to: "+6281234567890", image: "65aa4574" }, TOKEN)).toStrictEqual({
      to: "+6281234567890",
      token: TOKEN,
      image: "65aa4574",
    });
  });

  it("sendDocument: to, token, document, caption, filename", () => {
    const body = buildDocumentBody(
      {
        to: "+628567712345",
        document: "data:application/pdf;base64,iVBORw0KGgoA",
        caption: "Test send image",
        filename: "Documentation",
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      to: "+628567712345",
      token: TOKEN,
      document: "data:application/pdf;base64,iVBORw0KGgoA",
      caption: "Test send image",
      filename: "Documentation",
    });
    expect(sendDocumentBodySchema.safeParse(body).success).toBe(true);
  });

  it("sendAudio: to, token, audio", () => {
    const body = buildAudioBody(
      { to: "+628567712345", audio: "data:application/aac;base64,iVBORw0KGgoA" },
      TOKEN,
    );
    expect(body).toStrictEqual({
      to: "+628567712345",
      token: TOKEN,
      audio: "data:application/aac;base64,iVBORw0KGgoA",
    });
    expect(sendAudioBodySchema.safeParse(body).success).toBe(true);
  });

  it("sendVideo: to, token, video, caption", () => {
    const body = buildVideoBody(
      { to: "+628567712345", video: "https://example.com/v.mp4", caption: "Test send video" },
      TOKEN,
    );
    expect(body).toStrictEqual({
      to: "+628567712345",
      token: TOKEN,
      video: "https://example.com/v.mp4",
      caption: "Test send video",
    });
    expect(sendVideoBodySchema.safeParse(body).success).toBe(true);
  });

  it("sendSticker: token, to, sticker (webp URL)", () => {
    const sticker =
      "https://res.cloudinary.com/yanuaran/image/upload/v1590680126/WhatsApp_Image_2020-05-28_at_22.31.30.webp";
    const body = buildStickerBody({ to: "+628567712345", sticker }, TOKEN);
    expect(body).toStrictEqual({ token: TOKEN, to: "+628567712345", sticker });
    expect(sendStickerBodySchema.safeParse(body).success).toBe(true);
  });

  it("sendLocation: to as array, place nested under header.data, param []", () => {
    const body = buildLocationBody(
      {
        to: "085123456789",
        latitude: 37.483307,
        longitude: "122.148981",
        name: "Pablo Morales",
        address: "1 Hacker Way, Menlo Park, CA 94025",
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: ["085123456789"],
      header: {
        type: "location",
        data: {
          latitude: "37.483307",
          longitude: "122.148981",
          name: "Pablo Morales",
          address: "1 Hacker Way, Menlo Park, CA 94025",
        },
      },
      param: [],
    });
    expect(sendLocationBodySchema.safeParse(body).success).toBe(true);
  });

  it("sendLocation keeps several recipients as given", () => {
    const body = buildLocationBody(
      { to: ["+6281", "+6282"], latitude: -6.2, longitude: 106.8 },
      TOKEN,
    );
    expect(body.to).toStrictEqual(["+6281", "+6282"]);
    // Name and address are required: left out, they are written blank for the check to refuse.
    expect(body.header.data).toStrictEqual({
      latitude: "-6.2",
      longitude: "106.8",
      name: "",
      address: "",
    });
    expect(sendLocationBodySchema.safeParse(body).success).toBe(false);
  });

  it("sendContact: token, to, phone, name", () => {
    const body = buildContactBody(
      { to: "+6285123456789", phone: "+62123456789", name: "John Doe" },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+6285123456789",
      phone: "+62123456789",
      name: "John Doe",
    });
    expect(sendContactBodySchema.safeParse(body).success).toBe(true);
  });
});
