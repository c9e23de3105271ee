/** Inline pieces of a WhatsApp-formatted line. */
export type InlineNode =
  | { type: "text"; text: string }
  | { type: "bold" | "italic" | "strike"; children: InlineNode[] }
  | { type: "code"; text: string }
  /** A template placeholder that has no value yet ({{n}}): shown marked in the preview. */
  | { type: "param"; index: number };

/** Lines grouped the way WhatsApp shows them. */
export type BlockNode =
  | { type: "line"; children: InlineNode[] }
  | { type: "bullets"; items: InlineNode[][] }
  | { type: "numbers"; start: number; items: InlineNode[][] }
  | { type: "quote"; children: InlineNode[] }
  | { type: "mono"; text: string };
