// One line per send for history lists: what the message says or carries, never longer than a row.
import type { MediaRef, MessageDraft } from "@/lib/composer/draft-schema";
import { fillPlaceholders } from "@/lib/whatsapp-format/placeholders";
import type { TemplateInput } from "@/lib/templates/schema";

const MAX = 120;

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX ? `${flat.slice(0, MAX - 1)}…` : flat;
}

function mediaName({ media }: { media: MediaRef }): string {
  switch (media.source) {
    case "library":
      return media.name ?? "from the media library";
    case "url":
      return media.url.split(/[?#]/)[0]!.split("/").pop() || media.url;
    case "id":
      return `media ID ${media.mediaId}`;
  }
}

export function summarizeMessage(message: MessageDraft, template?: TemplateInput): string {
  switch (message.kind) {
    case "text":
      return oneLine(message.body);
    case "template":
      return oneLine(
        template
          ? `${template.name}: ${fillPlaceholders(template.body, message.bodyParams)}`
          : "Template",
      );
    case "buttons":
    case "list":
    case "product":
    case "product_list":
      return oneLine(message.body);
    case "image":
    case "video":
      return oneLine(
        message.caption ??
          `${message.kind === "image" ? "Image" : "Video"} (${mediaName(message)})`,
      );
    case "document":
      return oneLine(message.caption ?? message.filename ?? `Document (${mediaName(message)})`);
    case "audio":
      return "Audio message";
    case "sticker":
      return "Sticker";
    case "location":
      return oneLine(
        message.location.name ??
          message.location.address ??
          `Location ${message.location.latitude}, ${message.location.longitude}`,
      );
    case "contact":
      return oneLine(`Contact: ${message.name} (${message.phone})`);
  }
}
