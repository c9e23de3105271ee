import Link from "next/link";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import type { ContactFilter } from "@/lib/contacts/schema";

/** The list's filters as a plain GET form: the URL holds them, so a view can be shared. */
export function ContactFilters({
  values,
  errors,
  options,
}: {
  values: Partial<Record<keyof ContactFilter, string>>;
  errors: Partial<Record<string, string>>;
  options: { tags: string[]; attributes: string[] };
}) {
  return (
    <form
      method="get"
      action="/contacts"
      aria-label="Filter contacts"
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <TextField
        label="Search"
        name="q"
        defaultValue={values.q}
        hint="A name, or the start of a number"
        error={errors.q}
        className="flex flex-col gap-1 lg:col-span-2"
      />
      <SelectField
        label="Tag"
        name="tag"
        defaultValue={values.tag ?? ""}
        options={[
          { value: "", label: "Any tag" },
          ...options.tags.map((t) => ({ value: t, label: t })),
        ]}
        error={errors.tag}
      />
      <SelectField
        label="Attribute"
        name="attribute"
        defaultValue={values.attribute ?? ""}
        options={[
          { value: "", label: "Any attribute" },
          ...options.attributes.map((a) => ({ value: a, label: a })),
        ]}
        error={errors.attribute}
      />
      <TextField
        label="Attribute value"
        name="value"
        defaultValue={values.value}
        hint="Exactly this value; empty: any value"
        error={errors.value}
      />
      <SelectField
        label="Opt-out"
        name="optOut"
        defaultValue={values.optOut ?? ""}
        options={[
          { value: "", label: "Everyone" },
          { value: "opted_out", label: "Opted out" },
          { value: "reachable", label: "Not opted out" },
        ]}
        error={errors.optOut}
      />
      <div className="flex items-end gap-2 lg:col-span-6">
        <button type="submit" className={buttonClass.primary}>
          Apply filters
        </button>
        <Link href="/contacts" className={buttonClass.secondary}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
