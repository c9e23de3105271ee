// The names of Damcorp's message calls, with what history shows for each and whether one request
// takes one recipient or several. Light on purpose (no schemas, no builders): browser pages that
// only name kinds read this; lib/damcorp/whatsapp/messages.ts describes each call in full.
export const messageKinds = {
  text: { label: "Text", to: "one" },
  hsm: { label: "Template", to: "many" },
  interactive: { label: "Interactive", to: "one" },
  image: { label: "Image", to: "one" },
  document: { label: "Document", to: "one" },
  audio: { label: "Audio", to: "one" },
  video: { label: "Video", to: "one" },
  sticker: { label: "Sticker", to: "one" },
  location: { label: "Location", to: "many" },
  contact: { label: "Contact", to: "one" },
} as const satisfies Record<string, { label: string; to: "one" | "many" }>;

/** A kind of message request ("text", "hsm", …); history stores it as Send.kind. */
export type MessageCallType = keyof typeof messageKinds;
export const MESSAGE_CALL_TYPES = Object.keys(messageKinds) as [
  MessageCallType,
  ...MessageCallType[],
];

export function isMessageCallType(value: string): value is MessageCallType {
  return Object.hasOwn(messageKinds, value);
}

/** Whether one request of this kind carries every recipient (true) or just one. */
export function takesManyRecipients(type: MessageCallType): boolean {
  return messageKinds[type].to === "many";
}

export const messageCallLabels: Record<MessageCallType, string> = Object.fromEntries(
  MESSAGE_CALL_TYPES.map((type) => [type, messageKinds[type].label]),
) as Record<MessageCallType, string>;
