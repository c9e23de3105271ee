"use client";

import { TextField } from "../bound-fields";

export function ContactFields() {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField name="message.name" label="Contact name" autoComplete="off" />
      <TextField
        name="message.phone"
        label="Contact phone"
        type="tel"
        inputMode="tel"
        hint="Sent as +62…; numbers without a country code are read as Indonesian."
      />
    </div>
  );
}
