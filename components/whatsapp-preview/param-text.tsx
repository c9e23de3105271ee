import { memo } from "react";

/**
 * Text without WhatsApp formatting (template headers, card titles) in which unfilled {{n}} are
 * marked exactly as FormattedText marks them.
 */
export const ParamText = memo(function ParamText({ text }: { text: string }) {
  const parts = text.split(/(\{\{\d{1,3}\}\})/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <mark
            key={i}
            data-testid="unfilled-param"
            title={`Parameter ${part.slice(2, -2)} has no value yet`}
            className="rounded bg-amber-200 px-1 text-amber-900"
          >
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
});
