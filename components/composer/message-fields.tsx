"use client";

import type { MessageKind } from "@/lib/composer/draft-schema";
import { ReplyButtonsFields } from "./fields/buttons-fields";
import { ContactFields } from "./fields/contact-fields";
import { ListFields } from "./fields/list-fields";
import { LocationFields } from "./fields/location-fields";
import { MediaMessageFields } from "./fields/media-message-fields";
import { MultiProductFields, SingleProductFields } from "./fields/product-fields";
import { TemplateFields, type ComposerTemplate } from "./fields/template-fields";
import { TextFields } from "./fields/text-fields";

/** The inputs of one message kind. */
export function MessageFields({
  kind,
  templates,
}: {
  kind: MessageKind;
  templates: ComposerTemplate[];
}) {
  switch (kind) {
    case "text":
      return <TextFields />;
    case "template":
      return <TemplateFields templates={templates} />;
    case "buttons":
      return <ReplyButtonsFields />;
    case "list":
      return <ListFields />;
    case "product":
      return <SingleProductFields />;
    case "product_list":
      return <MultiProductFields />;
    case "image":
    case "video":
    case "audio":
    case "document":
    case "sticker":
      return <MediaMessageFields key={kind} kind={kind} />;
    case "location":
      return <LocationFields />;
    case "contact":
      return <ContactFields />;
  }
}
