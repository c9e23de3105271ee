"use client";

import { FOOTER_MAX, HEADER_TEXT_MAX, INTERACTIVE_BODY_MAX } from "@/lib/damcorp/limits";
import { TextField } from "../bound-fields";
import { ProductSectionsField } from "./product-sections-field";
import { FORMATTING_HINT } from "./text-fields";

export function SingleProductFields() {
  return (
    <div className="flex flex-col gap-4">
      <TextField
        name="message.body"
        label="Message"
        multiline
        rows={4}
        max={INTERACTIVE_BODY_MAX}
        hint={FORMATTING_HINT}
      />
      <TextField name="message.footer" label="Footer" max={FOOTER_MAX} hint="Optional" />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="message.catalogId" label="Catalog ID" />
        <TextField
          name="message.productRetailerId"
          label="Product ID"
          hint="The product's retailer ID in the catalog."
        />
      </div>
    </div>
  );
}

export function MultiProductFields() {
  return (
    <div className="flex flex-col gap-4">
      <TextField
        name="message.header"
        label="Header"
        max={HEADER_TEXT_MAX}
        hint="Required by WhatsApp for multi-product messages."
      />
      <TextField
        name="message.body"
        label="Message"
        multiline
        rows={4}
        max={INTERACTIVE_BODY_MAX}
        hint={FORMATTING_HINT}
      />
      <TextField name="message.footer" label="Footer" max={FOOTER_MAX} hint="Optional" />
      <TextField name="message.catalogId" label="Catalog ID" />
      <ProductSectionsField name="message.sections" />
    </div>
  );
}
