import { describe, expect, it } from "vitest";
import { refusedFormFields } from "./refused-fields";

const said = (path: string) => `Damcorp refused this value (${path}). Correct it and send again.`;

describe("a 721's refused fields on the composer's fields", () => {
  it("a location's place, under header.data or at the top level", () => {
    expect(
      refusedFormFields("location", ["header.data.name", "header.data.address", "to"]),
    ).toStrictEqual({
      "message.location.name": said("header.data.name"),
      "message.location.address": said("header.data.address"),
      recipients: said("to"),
    });
    expect(refusedFormFields("location", ["latitude"])).toStrictEqual({
      "message.location.latitude": said("latitude"),
    });
  });

  it("a template's body parameters, location header and file name", () => {
    expect(
      refusedFormFields("template", ["param.1", "header.data.name", "header.filename"]),
    ).toStrictEqual({
      "message.bodyParams.1": said("param.1"),
      "message.headerLocation.name": said("header.data.name"),
      "message.headerFilename": said("header.filename"),
    });
  });

  it("text, media and contact fields; paths the form has no field for are left out", () => {
    expect(refusedFormFields("text", ["message", "weird"])).toStrictEqual({
      "message.body": said("message"),
    });
    expect(refusedFormFields("document", ["document", "filename", "caption"])).toStrictEqual({
      "message.media": said("document"),
      "message.filename": said("filename"),
      "message.caption": said("caption"),
    });
    expect(refusedFormFields("contact", ["phone"])).toStrictEqual({
      "message.phone": said("phone"),
    });
    expect(refusedFormFields("buttons", ["buttons.0"])).toStrictEqual({});
  });
});
