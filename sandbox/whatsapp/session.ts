// Plain session messages: text, location and contact (all subject to the 24-hour window).
import { z } from "zod";
import type { Handler } from "../context";
import { fanOut } from "./recipients";
import {
  invalidParameters,
  LIMITS,
  maxText,
  parseOr721,
  recipientsOf,
  toSchema,
  type Problem,
} from "./validation";

const textSchema = z.object({
  to: toSchema,
  message: maxText("message", LIMITS.text).min(1, "message must not be empty"),
});

export const sendText: Handler = ({ state, body }) => {
  const parsed = parseOr721(textSchema, body);
  if (!parsed.ok) return parsed.reply;
  return fanOut(state, recipientsOf(parsed.data.to), { session: true });
};

const coordinate = z.union([z.string(), z.number()]);
const placeFields = {
  latitude: coordinate.optional(),
  longitude: coordinate.optional(),
  name: z.string().optional(),
  address: z.string().optional(),
};

// The spec's JSON example nests the place in header.data while its parameter table lists the
// fields at the top level; both are accepted (header.data wins when both are present).
const locationSchema = z.object({
  to: toSchema,
  header: z.object({ type: z.literal("location"), data: z.object(placeFields) }).optional(),
  ...placeFields,
});

export const sendLocation: Handler = ({ state, body }) => {
  const parsed = parseOr721(locationSchema, body);
  if (!parsed.ok) return parsed.reply;
  const place = { ...parsed.data, ...parsed.data.header?.data };
  // Name each refused field where this request put the place.
  const at = (field: string) => (parsed.data.header ? `header.data.${field}` : field);
  const latitude = Number(place.latitude);
  const longitude = Number(place.longitude);
  const problems: Problem[] = [];
  if (place.latitude === undefined || place.latitude === "" || !(Math.abs(latitude) <= 90)) {
    problems.push({ field: at("latitude"), reason: "required, between -90 and 90" });
  }
  if (place.longitude === undefined || place.longitude === "" || !(Math.abs(longitude) <= 180)) {
    problems.push({ field: at("longitude"), reason: "required, between -180 and 180" });
  }
  // The spec's table lists name and address without "optional"; the strict reading needs them.
  if (state.config.strictLocation) {
    for (const field of ["name", "address"] as const) {
      if (!place[field]?.trim()) problems.push({ field: at(field), reason: "required" });
    }
  }
  if (problems.length) return invalidParameters(problems);
  return fanOut(state, recipientsOf(parsed.data.to), { session: true });
};

const contactSchema = z.object({
  to: toSchema,
  phone: z.string().regex(/^\+?[\d\s()-]{5,20}$/, "phone must be a phone number"),
  name: z.string().min(1, "name must not be empty"),
});

export const sendContact: Handler = ({ state, body }) => {
  const parsed = parseOr721(contactSchema, body);
  if (!parsed.ok) return parsed.reply;
  return fanOut(state, recipientsOf(parsed.data.to), { session: true });
};
