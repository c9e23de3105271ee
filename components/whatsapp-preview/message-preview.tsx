"use client";

// The live WhatsApp preview: what the recipient will see for any message the composer can build.
// Every part is memoised on its own props, so a keystroke re-renders only the part it changed;
// callers pass a deferred draft (useDeferredValue) so typing never waits for the preview.
import { memo, type ReactNode } from "react";
import type { MessageKind } from "@/lib/composer/draft-schema";
import type { TemplateInput } from "@/lib/templates/schema";
import { PersonIcon } from "./icons";
import type { PreviewDraft, PreviewMessage } from "./preview-message";
import {
  ListMessage,
  ProductListMessage,
  ProductMessage,
  ReplyButtonsMessage,
} from "./interactive-messages";
import {
  AudioMessage,
  ContactMessage,
  DocumentMessage,
  LocationMessage,
  StickerMessage,
  TextMessage,
  VisualMessage,
} from "./media-messages";
import { TemplateMessage } from "./template-message";

type BodyProps<K extends MessageKind> = {
  message: PreviewDraft<K>;
  template: TemplateInput | undefined;
};

/** How each message kind looks in the chat (a kind's draft is described in lib/composer/kinds). */
const bodyOf: { [K in MessageKind]: (props: BodyProps<K>) => ReactNode } = {
  text: ({ message }) => <TextMessage body={message.body} />,
  template: ({ message, template }) => <TemplateMessage message={message} template={template} />,
  buttons: ({ message }) => <ReplyButtonsMessage message={message} />,
  list: ({ message }) => <ListMessage message={message} />,
  product: ({ message }) => <ProductMessage message={message} />,
  product_list: ({ message }) => <ProductListMessage message={message} />,
  image: ({ message }) => <VisualMessage message={message} />,
  video: ({ message }) => <VisualMessage message={message} />,
  audio: ({ message }) => <AudioMessage media={message.media} />,
  document: ({ message }) => <DocumentMessage message={message} />,
  sticker: ({ message }) => <StickerMessage media={message.media} />,
  location: ({ message }) => <LocationMessage message={message} />,
  contact: ({ message }) => <ContactMessage message={message} />,
};

function MessageBody({ message, template }: BodyProps<MessageKind>) {
  const render = bodyOf[message.kind] as (props: BodyProps<MessageKind>) => ReactNode;
  return render({ message, template });
}

/**
 * A WhatsApp chat showing `message` as sent by `senderName`. For a template message, `template`
 * is the saved template (a SavedTemplate, or the template form's values) whose header, body,
 * footer, buttons and cards are shown with the message's parameters; unfilled ones are marked.
 */
export const MessagePreview = memo(function MessagePreview({
  message,
  template,
  senderName = "Your business",
}: {
  /** A MessageDraft, or the composer form's values as typed (see PreviewMessage). */
  message: PreviewMessage;
  template?: TemplateInput;
  senderName?: string;
}) {
  return (
    <section
      aria-label="WhatsApp preview"
      className="flex min-h-80 flex-col overflow-hidden rounded-xl border border-slate-200 bg-wa-chat shadow-sm"
    >
      <header className="flex items-center gap-2 bg-wa-header px-3 py-2 text-wa-header-text">
        <span className="flex h-8 w-8 items-center justify-center rounded-full bg-wa-header-text/25">
          <PersonIcon className="h-5 w-5" />
        </span>
        <span className="min-w-0">
          <span className="block truncate text-sm font-semibold">{senderName}</span>
          <span className="block text-[11px] text-wa-header-text">Business account</span>
        </span>
      </header>
      <div
        className="flex-1 px-3 py-3"
        style={{
          backgroundImage:
            "radial-gradient(rgba(0,0,0,0.045) 1px, transparent 1px), radial-gradient(rgba(0,0,0,0.03) 1px, transparent 1px)",
          backgroundSize: "18px 18px, 27px 27px",
        }}
      >
        <p className="mx-auto mb-3 w-fit rounded-md bg-white/90 px-2 py-0.5 text-[11px] text-wa-meta uppercase shadow-sm">
          Today
        </p>
        <MessageBody message={message} template={template} />
      </div>
    </section>
  );
});
