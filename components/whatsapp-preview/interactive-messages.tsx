"use client";

import { memo } from "react";
import { ActionRows, Sheet, useDisclosure } from "./action-rows";
import type { PreviewDraft, PreviewMessage } from "./preview-message";
import { Bubble } from "./bubble";
import { FormattedText } from "./formatted-text";
import { BagIcon, ReplyIcon } from "./icons";
import { DocumentTile, VisualMedia } from "./media-tiles";

type Draft<K extends PreviewMessage["kind"]> = PreviewDraft<K>;

function Footer({ text }: { text: string | undefined }) {
  return text ? <p className="mt-1 text-[13px] text-wa-meta">{text}</p> : null;
}

/** Interactive reply buttons: optional text or media header, body, footer, up to 3 buttons. */
export const ReplyButtonsMessage = memo(function ReplyButtonsMessage({
  message,
}: {
  message: Draft<"buttons">;
}) {
  const header = message.header;
  return (
    <Bubble
      attached={
        <ActionRows rows={message.buttons.map((text) => ({ icon: <ReplyIcon />, label: text }))} />
      }
    >
      {header?.type === "text" ? <p className="mb-1 font-bold">{header.text}</p> : null}
      {header?.type === "image" || header?.type === "video" ? (
        <div className="-mx-1 -mt-0.5 mb-1.5">
          <VisualMedia kind={header.type} media={header.media} />
        </div>
      ) : null}
      {header?.type === "document" ? (
        <div className="mb-1.5">
          <DocumentTile media={header.media} filename={header.filename} />
        </div>
      ) : null}
      <FormattedText text={message.body} />
      <Footer text={message.footer} />
    </Bubble>
  );
});

/** A list message: the menu button opens the sheet of rows with their descriptions. */
export const ListMessage = memo(function ListMessage({ message }: { message: Draft<"list"> }) {
  const disclosure = useDisclosure();
  const title = message.listTitle || "Menu";
  return (
    <>
      <Bubble attached={disclosure.trigger(title)}>
        {message.header ? <p className="mb-1 font-bold">{message.header}</p> : null}
        <FormattedText text={message.body} />
        <Footer text={message.footer} />
      </Bubble>
      {disclosure.open ? (
        <Sheet id={disclosure.id} title={title} onClose={disclosure.close}>
          <ul aria-label={`${title} options`}>
            {message.rows.map((row, i) => (
              <li key={i} className="flex items-center gap-3 px-4 py-2">
                <span className="min-w-0 flex-1">
                  <span className="block text-sm">{row.title}</span>
                  {row.description ? (
                    <span className="block text-xs text-wa-meta">{row.description}</span>
                  ) : null}
                </span>
                <span
                  aria-hidden="true"
                  className="h-4 w-4 shrink-0 rounded-full border-2 border-slate-400"
                />
              </li>
            ))}
          </ul>
        </Sheet>
      ) : null}
    </>
  );
});

function ProductTile({ title, subtitle }: { title: string; subtitle: string }) {
  return (
    <div className="-mx-1 -mt-0.5 mb-1.5 flex items-center gap-3 rounded-md bg-black/5 p-2">
      <span className="flex h-14 w-14 shrink-0 items-center justify-center rounded bg-white text-wa-meta">
        <BagIcon className="h-7 w-7" />
      </span>
      <span className="min-w-0">
        <span className="block truncate text-sm font-medium">{title}</span>
        <span className="block truncate text-xs text-wa-meta">{subtitle}</span>
      </span>
    </div>
  );
}

/** A single product from the catalog (WhatsApp fills in its photo, name and price). */
export const ProductMessage = memo(function ProductMessage({
  message,
}: {
  message: Draft<"product">;
}) {
  return (
    <Bubble attached={<ActionRows rows={[{ icon: <BagIcon />, label: "View" }]} />}>
      <ProductTile
        title={
          message.productRetailerId
            ? `Product ${message.productRetailerId}`
            : "No product chosen yet"
        }
        subtitle={message.catalogId ? `Catalog ${message.catalogId}` : "Catalog not set"}
      />
      <FormattedText text={message.body} />
      <Footer text={message.footer} />
    </Bubble>
  );
});

/** A multi-product message: header, sections of products behind "View items". */
export const ProductListMessage = memo(function ProductListMessage({
  message,
}: {
  message: Draft<"product_list">;
}) {
  const disclosure = useDisclosure();
  const count = message.sections.reduce((n, s) => n + s.productRetailerIds.length, 0);
  return (
    <>
      <Bubble attached={disclosure.trigger("View items", <BagIcon />)}>
        <ProductTile
          title={`${count} item${count === 1 ? "" : "s"}`}
          subtitle={message.catalogId ? `Catalog ${message.catalogId}` : "Catalog not set"}
        />
        {message.header ? <p className="mb-1 font-bold">{message.header}</p> : null}
        <FormattedText text={message.body} />
        <Footer text={message.footer} />
      </Bubble>
      {disclosure.open ? (
        <Sheet id={disclosure.id} title={message.header || "Items"} onClose={disclosure.close}>
          {message.sections.map((section, i) => (
            <section key={i} aria-label={section.title || `Section ${i + 1}`} className="px-4 py-1">
              <h3 className="py-1 text-xs font-semibold text-brand-700 uppercase">
                {section.title || `Section ${i + 1}`}
              </h3>
              <ul>
                {section.productRetailerIds.map((id, j) => (
                  <li key={j} className="flex items-center gap-2 py-1 text-sm">
                    <BagIcon className="h-4 w-4 text-slate-400" />
                    {id || "—"}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </Sheet>
      ) : null}
    </>
  );
});
