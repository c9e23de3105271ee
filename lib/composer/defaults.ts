// Empty drafts per message kind: the form's starting values when the operator switches kind.
import type { MessageKind } from "./draft-schema";
import type { MessageDraftInput } from "./wire-issues";

export function emptyDraft(kind: MessageKind): MessageDraftInput {
  switch (kind) {
    case "text":
      return { kind, body: "" };
    case "template":
      return { kind, templateId: "", bodyParams: [], buttons: [], cards: [] };
    case "buttons":
      return { kind, body: "", footer: "", buttons: ["", ""] };
    case "list":
      return {
        kind,
        header: "",
        body: "",
        listTitle: "",
        rows: [{ title: "", description: "" }],
      };
    case "product":
      return { kind, body: "", footer: "", catalogId: "", productRetailerId: "" };
    case "product_list":
      return {
        kind,
        header: "",
        body: "",
        footer: "",
        catalogId: "",
        sections: [{ title: "", productRetailerIds: [""] }],
      };
    case "image":
    case "video":
      return { kind, media: { source: "url", url: "" }, caption: "" };
    case "document":
      return { kind, media: { source: "url", url: "" }, caption: "", filename: "" };
    case "audio":
    case "sticker":
      return { kind, media: { source: "url", url: "" } };
    case "location":
      return { kind, location: { latitude: "", longitude: "", name: "", address: "" } };
    case "contact":
      return { kind, name: "", phone: "" };
  }
}
