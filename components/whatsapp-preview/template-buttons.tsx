"use client";

import { memo } from "react";
import type { TemplateButton } from "@/lib/templates/schema";
import type { PreviewDraft } from "./preview-message";
import { ActionRows, Sheet, useDisclosure, type ActionRow } from "./action-rows";
import { BagIcon, CopyIcon, FlowIcon, LinkIcon, PhoneIcon, ReplyIcon } from "./icons";

type TemplateButtonValue = PreviewDraft<"template">["buttons"][number];

/** The URL a recipient opens: the approved URL with its trailing {{1}} filled when known. */
export function resolveButtonUrl(url: string, param: string | undefined): string {
  return param ? url.replace(/\{\{\s*1\s*\}\}$/, param) : url;
}

export function templateButtonRow(
  button: TemplateButton,
  value: TemplateButtonValue | undefined,
): ActionRow {
  switch (button.type) {
    case "quick_reply":
      return { icon: <ReplyIcon />, label: button.text };
    case "url":
      return {
        icon: <LinkIcon />,
        label: button.text,
        detail: resolveButtonUrl(button.url, value?.type === "url" ? value.urlParam : undefined),
      };
    case "phone":
      return { icon: <PhoneIcon />, label: button.text, detail: button.phone };
    case "copy_code":
      return {
        icon: <CopyIcon />,
        label: button.text || "Copy offer code",
        detail: value?.type === "copy_code" && value.couponCode ? value.couponCode : undefined,
      };
    case "otp":
      return {
        icon: <CopyIcon />,
        label: button.text || "Copy code",
        detail: value?.type === "otp" && value.code ? value.code : undefined,
      };
    case "flow":
      return { icon: <FlowIcon />, label: button.text };
    case "catalog": {
      const count =
        value?.type === "catalog"
          ? value.sections.reduce((n, s) => n + s.productRetailerIds.length, 0)
          : 0;
      return {
        icon: <BagIcon />,
        label: button.text || "View items",
        detail: count ? `${count} product${count === 1 ? "" : "s"}` : undefined,
      };
    }
  }
}

/**
 * A template's buttons under its bubble. Like WhatsApp, more than three show as the first two
 * and "See all options", which opens a sheet with every button.
 */
export const TemplateButtons = memo(function TemplateButtons({
  buttons,
  values,
}: {
  buttons: TemplateButton[];
  values: TemplateButtonValue[];
}) {
  const all = buttons.map((b, i) =>
    templateButtonRow(
      b,
      values.find((v) => v.index === i),
    ),
  );
  const disclosure = useDisclosure();
  if (all.length <= 3) return <ActionRows rows={all} />;
  return (
    <div>
      <ActionRows rows={all.slice(0, 2)} />
      {disclosure.trigger("See all options")}
      {disclosure.open ? (
        <Sheet
          id={disclosure.id}
          title="All options"
          onClose={disclosure.close}
          className="mx-1 mb-1 border border-slate-200"
        >
          <ActionRows rows={all} label="All buttons" />
        </Sheet>
      ) : null}
    </div>
  );
});
