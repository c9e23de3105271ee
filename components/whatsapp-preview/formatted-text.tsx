import { memo } from "react";
import { parseWhatsApp } from "@/lib/whatsapp-format/parse-blocks";
import type { BlockNode, InlineNode } from "@/lib/whatsapp-format/types";

/** Renders WhatsApp formatting as the recipient sees it. Unfilled {{n}} are visibly marked. */
export const FormattedText = memo(function FormattedText({ text }: { text: string }) {
  const blocks = parseWhatsApp(text);
  return <div className="whitespace-pre-wrap break-words">{blocks.map(renderBlock)}</div>;
});

function renderBlock(block: BlockNode, key: number) {
  switch (block.type) {
    case "line":
      return (
        <div key={key}>{block.children.length ? block.children.map(renderInline) : "\u00a0"}</div>
      );
    case "quote":
      return (
        <blockquote key={key} className="border-l-4 border-slate-400/60 pl-2 text-wa-meta">
          {block.children.map(renderInline)}
        </blockquote>
      );
    case "bullets":
      return (
        <ul key={key} className="list-disc pl-5">
          {block.items.map((item, i) => (
            <li key={i}>{item.map(renderInline)}</li>
          ))}
        </ul>
      );
    case "numbers":
      return (
        <ol key={key} start={block.start} className="list-decimal pl-5">
          {block.items.map((item, i) => (
            <li key={i}>{item.map(renderInline)}</li>
          ))}
        </ol>
      );
    case "mono":
      return (
        <pre key={key} className="whitespace-pre-wrap font-mono text-[0.85em]">
          {block.text}
        </pre>
      );
  }
}

function renderInline(node: InlineNode, key: number): React.ReactNode {
  switch (node.type) {
    case "text":
      return node.text;
    case "bold":
      return <strong key={key}>{node.children.map(renderInline)}</strong>;
    case "italic":
      return <em key={key}>{node.children.map(renderInline)}</em>;
    case "strike":
      return <s key={key}>{node.children.map(renderInline)}</s>;
    case "code":
      return (
        <code key={key} className="rounded bg-black/10 px-1 font-mono text-[0.85em]">
          {node.text}
        </code>
      );
    case "param":
      return (
        <mark
          key={key}
          data-testid="unfilled-param"
          title={`Parameter ${node.index} has no value yet`}
          className="rounded bg-amber-200 px-1 text-amber-900"
        >
          {`{{${node.index}}}`}
        </mark>
      );
  }
}
