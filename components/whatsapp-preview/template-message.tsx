"use client";

import { memo } from "react";
import type { CarouselCardDefinition, TemplateInput } from "@/lib/templates/schema";
import { fillPlaceholders } from "@/lib/whatsapp-format/placeholders";
import { ActionRows } from "./action-rows";
import type { PreviewDraft } from "./preview-message";
import { Bubble } from "./bubble";
import { FormattedText } from "./formatted-text";
import { LinkIcon, ReplyIcon } from "./icons";
import { DocumentTile, LocationTile, VisualMedia } from "./media-tiles";
import { OfferCountdown } from "./offer-countdown";
import { ParamText } from "./param-text";
import { resolveButtonUrl, TemplateButtons } from "./template-buttons";

type TemplateDraft = PreviewDraft<"template">;
type CardValue = TemplateDraft["cards"][number];

const TemplateHeader = memo(function TemplateHeader({
  template,
  message,
}: {
  template: TemplateInput;
  message: TemplateDraft;
}) {
  switch (template.headerKind) {
    case "none":
      return null;
    case "text":
      return (
        <p className="mb-1 font-bold">
          <ParamText text={fillPlaceholders(template.headerText ?? "", [message.headerParam])} />
        </p>
      );
    case "image":
    case "video":
      return (
        <div className="-mx-1 -mt-0.5 mb-1.5">
          <VisualMedia kind={template.headerKind} media={message.headerMedia} />
        </div>
      );
    case "document":
      return (
        <div className="mb-1.5">
          <DocumentTile media={message.headerMedia} filename={message.headerFilename} />
        </div>
      );
    case "location":
      return (
        <div className="-mx-1 -mt-0.5 mb-1.5">
          <LocationTile location={message.headerLocation} />
        </div>
      );
  }
});

const CarouselCard = memo(function CarouselCard({
  card,
  value,
  index,
  total,
}: {
  card: CarouselCardDefinition;
  value: CardValue | undefined;
  index: number;
  total: number;
}) {
  const rows = card.buttons.map((button, i) => {
    const payload = value?.buttonPayloads.find((p) => p.index === i)?.payload;
    return button.type === "url"
      ? { icon: <LinkIcon />, label: button.text, detail: resolveButtonUrl(button.url, payload) }
      : { icon: <ReplyIcon />, label: button.text };
  });
  return (
    <li
      aria-label={`Card ${index + 1} of ${total}`}
      className="w-56 shrink-0 snap-start overflow-hidden rounded-lg bg-white shadow-sm"
    >
      <div className="p-1">
        <VisualMedia kind={card.headerKind} media={value?.media} className="h-32" />
      </div>
      <div className="px-2 pb-1.5 text-[14px]">
        <FormattedText text={fillPlaceholders(card.body, value?.bodyParams ?? [])} />
      </div>
      <ActionRows rows={rows} />
    </li>
  );
});

/** Carousel cards in a row that scrolls sideways (by mouse, touch, or keyboard once focused). */
const Carousel = memo(function Carousel({
  cards,
  values,
}: {
  cards: CarouselCardDefinition[];
  values: CardValue[];
}) {
  return (
    <ul
      aria-label="Carousel cards"
      tabIndex={0}
      className="mt-1.5 flex snap-x gap-2 overflow-x-auto pb-2 pl-8"
    >
      {cards.map((card, i) => (
        <CarouselCard key={i} card={card} value={values[i]} index={i} total={cards.length} />
      ))}
    </ul>
  );
});

/** A template message: header, offer, body with parameters, footer, buttons, carousel. */
export const TemplateMessage = memo(function TemplateMessage({
  message,
  template,
}: {
  message: TemplateDraft;
  template: TemplateInput | undefined;
}) {
  if (!template) {
    return (
      <Bubble>
        <p className="text-wa-meta italic">Choose a saved template to see its preview.</p>
      </Bubble>
    );
  }
  const coupon = message.buttons.find((b) => b.type === "copy_code");
  return (
    <>
      <Bubble
        label={`Template ${template.name}`}
        attached={<TemplateButtons buttons={template.buttons} values={message.buttons} />}
      >
        <TemplateHeader template={template} message={message} />
        {template.offerExpiry ? (
          <OfferCountdown
            expiresAt={message.offerExpiresAt}
            couponCode={coupon?.type === "copy_code" ? coupon.couponCode : undefined}
          />
        ) : null}
        <FormattedText text={fillPlaceholders(template.body, message.bodyParams)} />
        {template.footer ? (
          <p className="mt-1 text-[13px] text-wa-meta">{template.footer}</p>
        ) : null}
      </Bubble>
      {template.cards.length > 0 ? (
        <Carousel cards={template.cards} values={message.cards} />
      ) : null}
    </>
  );
});
