"use client";

import {
  PRODUCT_ITEMS_TOTAL_MAX,
  PRODUCT_SECTIONS_MAX,
  PRODUCT_SECTION_TITLE_MAX,
} from "@/lib/damcorp/limits";
import { FieldGroup, TextField } from "../bound-fields";
import { buttonClass } from "@/components/ui/styles";
import { useArrayField } from "../use-array-field";

type Section = { title: string; productRetailerIds: string[] };

function SectionProducts({ name, section }: { name: string; section: number }) {
  const products = useArrayField<string>(`${name}.productRetailerIds`);
  return (
    <div className="flex flex-col gap-2">
      {products.items.map((_, p) => (
        <div key={p} className="flex items-end gap-2">
          <TextField
            name={`${name}.productRetailerIds.${p}`}
            label={`Section ${section + 1} product ${p + 1} ID`}
            className="flex flex-1 flex-col gap-1"
          />
          {products.items.length > 1 ? (
            <button
              type="button"
              onClick={() => products.remove(p)}
              className={`${buttonClass.small} mb-2`}
              aria-label={`Remove section ${section + 1} product ${p + 1}`}
            >
              Remove
            </button>
          ) : null}
        </div>
      ))}
      <div>
        <button type="button" onClick={() => products.add("")} className={buttonClass.small}>
          Add product to section {section + 1}
        </button>
      </div>
    </div>
  );
}

/** Product sections of a multi-product message or a template's catalog button. */
export function ProductSectionsField({
  name,
  legend = "Product sections",
}: {
  name: string;
  legend?: string;
}) {
  const sections = useArrayField<Section>(name);
  return (
    <FieldGroup
      legend={legend}
      name={name}
      hint={`Up to ${PRODUCT_SECTIONS_MAX} sections and ${PRODUCT_ITEMS_TOTAL_MAX} products in all, by their catalog retailer ID.`}
      actions={
        <button
          type="button"
          disabled={sections.items.length >= PRODUCT_SECTIONS_MAX}
          onClick={() => sections.add({ title: "", productRetailerIds: [""] })}
          className={buttonClass.secondary}
        >
          Add section
        </button>
      }
    >
      {sections.items.map((_, s) => (
        <div key={s} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
          <div className="flex items-end gap-2">
            <TextField
              name={`${name}.${s}.title`}
              label={`Section ${s + 1} title`}
              max={PRODUCT_SECTION_TITLE_MAX}
              className="flex flex-1 flex-col gap-1"
            />
            {sections.items.length > 1 ? (
              <button
                type="button"
                onClick={() => sections.remove(s)}
                className={`${buttonClass.small} mb-7`}
                aria-label={`Remove section ${s + 1}`}
              >
                Remove
              </button>
            ) : null}
          </div>
          <SectionProducts name={`${name}.${s}`} section={s} />
        </div>
      ))}
    </FieldGroup>
  );
}
