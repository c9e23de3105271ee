"use client";

import { TextField } from "@/components/ui/form-fields";

/** Email and name of a new user (the first admin at setup, or one an admin creates). */
export function PersonFields({
  fieldError,
  emailAutoComplete,
  nameAutoComplete,
}: {
  fieldError: (name: string) => string | undefined;
  emailAutoComplete: "username" | "off";
  nameAutoComplete: "name" | "off";
}) {
  return (
    <>
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete={emailAutoComplete}
        required
        error={fieldError("email")}
      />
      <TextField
        label="Name"
        name="name"
        autoComplete={nameAutoComplete}
        required
        maxLength={100}
        error={fieldError("name")}
      />
    </>
  );
}
