"use client";

import type { ReactNode } from "react";
import type { MessageKind } from "@/lib/composer/draft-schema";
import { ReplyButtonsFields } from "./fields/buttons-fields";
import { ContactFields } from "./fields/contact-fields";
import { ListFields } from "./fields/list-fields";
import { LocationFields } from "./fields/location-fields";
import { MediaMessageFields } from "./fields/media-message-fields";
import { MultiProductFields, SingleProductFields } from "./fields/product-fields";
import { TemplateFields, type ComposerTemplate } from "./fields/template-fields";
import { TextFields } from "./fields/text-fields";

type FieldsProps = { templates: ComposerTemplate[] };

/** Each message kind's inputs (a kind's draft is described in lib/composer/kinds). */
const fieldsOf: Record<MessageKind, (props: FieldsProps) => ReactNode> = {
  text: () => <TextFields />,
  template: ({ templates }) => <TemplateFields templates={templates} />,
  buttons: () => <ReplyButtonsFields />,
  list: () => <ListFields />,
  product: () => <SingleProductFields />,
  product_list: () => <MultiProductFields />,
  image: () => <MediaMessageFields key="image" kind="image" />,
  document: () => <MediaMessageFields key="document" kind="document" />,
  audio: () => <MediaMessageFields key="audio" kind="audio" />,
  video: () => <MediaMessageFields key="video" kind="video" />,
  sticker: () => <MediaMessageFields key="sticker" kind="sticker" />,
  location: () => <LocationFields />,
  contact: () => <ContactFields />,
};

/** The inputs of one message kind. */
export function MessageFields({
  kind,
  templates,
}: {
  kind: MessageKind;
  templates: ComposerTemplate[];
}) {
  return fieldsOf[kind]({ templates });
}
