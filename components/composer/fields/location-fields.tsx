"use client";

import { TextField } from "../bound-fields";

/**
 * A place: under `message.location` (name and address required), or a template's
 * `message.headerLocation` (optional there).
 */
export function LocationFields({
  name = "message.location",
  label = "Location",
  placeOptional = false,
}: {
  name?: string;
  label?: string;
  placeOptional?: boolean;
}) {
  const hint = placeOptional ? "Optional" : undefined;
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
        <TextField name={`${name}.name`} label="Place name" hint={hint} />
        <TextField name={`${name}.address`} label="Address" hint={hint} />
      </div>
    </fieldset>
  );
}
