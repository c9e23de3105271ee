import { parseInline } from "./parse-inline";
import type { BlockNode } from "./types";

const BULLET = /^[*-] (.*)$/;
const NUMBERED = /^(\d{1,3})\. (.*)$/;
const QUOTE = /^> ?(.*)$/;

/**
 * Parses a WhatsApp message body into blocks: ```monospace``` spans (which may cross lines and
 * are never formatted inside), bulleted and numbered lists, quotes, and plain lines.
 */
export function parseWhatsApp(body: string): BlockNode[] {
  const blocks: BlockNode[] = [];
  const parts = body.split("```");
  // Odd parts sit between a pair of ``` fences; a last unpaired fence stays literal.
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;

  parts.forEach((part, index) => {
    const isMono = index % 2 === 1 && index < paired;
    if (isMono) {
      blocks.push({ type: "mono", text: part });
      return;
    }
    const text = index % 2 === 1 ? "```" + part : part;
    pushLines(blocks, text, index > 0, index < parts.length - 1);
  });
  return blocks;
}

function pushLines(blocks: BlockNode[], text: string, afterMono: boolean, beforeMono: boolean) {
  let lines = text.split("\n");
  // A fence on its own line leaves an empty line beside it that is not part of the message.
  if (afterMono && lines[0] === "") lines = lines.slice(1);
  if (beforeMono && lines[lines.length - 1] === "") lines = lines.slice(0, -1);

  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    const quote = QUOTE.exec(line);
    if (bullet) {
      const item = parseInline(bullet[1]!);
      if (last?.type === "bullets") last.items.push(item);
      else blocks.push({ type: "bullets", items: [item] });
    } else if (numbered) {
      const item = parseInline(numbered[2]!);
      if (last?.type === "numbers") last.items.push(item);
      else blocks.push({ type: "numbers", start: Number(numbered[1]), items: [item] });
    } else if (quote) {
      blocks.push({ type: "quote", children: parseInline(quote[1]!) });
    } else {
      blocks.push({ type: "line", children: parseInline(line) });
    }
  }
}
