"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { createContactAction, updateContactAction } from "@/app/(app)/contacts/actions";
import { FormAlert, TextAreaField, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { useActionForm } from "@/components/ui/use-action-form";

type Existing = {
  id: string;
  e164: string;
  name: string | null;
  tags: string[];
  attributes: { key: string; value: string }[];
};

/** Adds a contact, or edits one (its number stays: a new number is a new contact). */
export function ContactForm({ contact }: { contact?: Existing }) {
  const router = useRouter();
  const action = contact ? updateContactAction : createContactAction;
  const { state, pending, onSubmit, fieldError } = useActionForm(action, (data) => {
    toast.success(contact ? "Contact saved." : "Contact added.");
    if (contact) router.refresh();
    else router.push(`/contacts/${data.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      {contact ? (
        <input type="hidden" name="id" value={contact.id} />
      ) : (
        <TextField
          label="Phone number"
          name="number"
          required
          inputMode="tel"
          hint="For example 0812-3456-7890, or +65 8123 4567 outside Indonesia"
          error={fieldError("number")}
        />
      )}
      <TextField
        label="Name"
        name="name"
        defaultValue={contact?.name ?? ""}
        maxLength={200}
        error={fieldError("name")}
      />
      <TextField
        label="Tags"
        name="tags"
        defaultValue={contact?.tags.join(", ") ?? ""}
        hint="Separated by commas, for example: vip, jakarta"
        error={fieldError("tags")}
      />
      <TextAreaField
        label="Attributes"
        name="attributes"
        rows={5}
        defaultValue={contact?.attributes.map((a) => `${a.key} = ${a.value}`).join("\n") ?? ""}
        hint="One a line, as name = value, for example: kota = Bandung"
        error={fieldError("attributes")}
      />
      <FormAlert message={state.ok ? null : state.message} />
      <button type="submit" disabled={pending} className={`${buttonClass.primary} self-start`}>
        {pending ? "Saving…" : contact ? "Save contact" : "Add contact"}
      </button>
    </form>
  );
}
