"use client";

import { updateTemplateAction } from "@/app/(app)/composer/templates/actions";
import type { SavedTemplate } from "@/lib/templates/schema";
import { TemplateForm } from "./template-form";
import { formValuesOf } from "./template-form-values";

export function EditTemplateForm({
  template,
  problems,
}: {
  template: SavedTemplate;
  problems: string[];
}) {
  const openedAt = new Date(template.updatedAt).toISOString();
  return (
    <TemplateForm
      defaultValues={formValuesOf(template)}
      problems={problems}
      submitLabel="Save changes"
      save={(values, { overwrite }) =>
        updateTemplateAction({
          id: template.id,
          template: values,
          // Without it the save replaces a version saved by someone else meanwhile.
          expectedUpdatedAt: overwrite ? undefined : openedAt,
        })
      }
    />
  );
}
