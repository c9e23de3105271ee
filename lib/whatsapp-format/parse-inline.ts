import type { InlineNode } from "./types";

const MARKERS = { "*": "bold", _: "italic", "~": "strike" } as const;
type Marker = keyof typeof MARKERS;

// WhatsApp only formats a marker that stands at a word edge: `2*3*4` stays literal, `*bold*` does
// not. An opener follows start/space/punctuation and precedes a non-space; a closer mirrors that.
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

function canOpen(text: string, i: number): boolean {
  return !isWordChar(text[i - 1]) && text[i + 1] !== undefined && !isSpace(text[i + 1]);
}

function canClose(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

/** Finds the closer for an opener at `open`, or -1 (an unbalanced marker stays literal). */
function findCloser(text: string, open: number, marker: string): number {
  for (let j = open + 2; j < text.length; j++) {
    if (text[j] === marker && canClose(text, j)) return j;
  }
  return -1;
}

/** Parses one line (no newlines) into nested inline nodes. */
export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) nodes.push({ type: "text", text: buffer });
    buffer = "";
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;

    const param = /^\{\{(\d{1,3})\}\}/.exec(text.slice(i));
    if (param) {
      flush();
      nodes.push({ type: "param", index: Number(param[1]) });
      i += param[0].length - 1;
      continue;
    }

    if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i + 1) {
        flush();
        nodes.push({ type: "code", text: text.slice(i + 1, end) });
        i = end;
        continue;
      }
    }

    if (c in MARKERS && canOpen(text, i)) {
      const end = findCloser(text, i, c);
      if (end > i + 1) {
        flush();
        nodes.push({ type: MARKERS[c as Marker], children: parseInline(text.slice(i + 1, end)) });
        i = end;
        continue;
      }
    }

    buffer += c;
  }
  flush();
  return nodes;
}
