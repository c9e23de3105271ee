"use client";

import { createTemplateAction } from "@/app/(app)/composer/templates/actions";
import { TemplateForm } from "./template-form";
import { emptyTemplate } from "./template-form-values";

export function CreateTemplateForm() {
  return (
    <TemplateForm
      defaultValues={emptyTemplate}
      submitLabel="Create template"
      save={(values) => createTemplateAction(values)}
    />
  );
}
