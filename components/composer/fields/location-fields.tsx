"use client";

import { TextField } from "../bound-fields";

/** A place: under `message.location`, or a template's `message.headerLocation`. */
export function LocationFields({
  name = "message.location",
  label = "Location",
}: {
  name?: string;
  label?: string;
}) {
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-medium">{label}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name={`${name}.latitude`}
          label="Latitude"
          inputMode="decimal"
          placeholder="-6.175392"
        />
        <TextField
          name={`${name}.longitude`}
          label="Longitude"
          inputMode="decimal"
          placeholder="106.827153"
        />
        <TextField name={`${name}.name`} label="Place name" hint="Optional" />
        <TextField name={`${name}.address`} label="Address" hint="Optional" />
      </div>
    </fieldset>
  );
}
