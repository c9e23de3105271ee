import { z } from "zod";
import { defineKind, oneLine } from "./define";
import { placeSchema } from "./fields";

export const locationKind = defineKind(
  z.object({ kind: z.literal("location"), location: placeSchema }),
  "location",
  {
    label: "Location",
    session: true,
    empty: () => ({
      kind: "location",
      location: { latitude: "", longitude: "", name: "", address: "" },
    }),
    input: (draft, to) => ({ to: [...to], ...draft.location }),
    summary: ({ location }) => oneLine(location.name),
    // The place goes out under header.data (or, in the other reading, at the top level).
    refusedField: (path) => {
      const field = path.replace(/^header\.data\./, "");
      return ["latitude", "longitude", "name", "address"].includes(field)
        ? `location.${field}`
        : null;
    },
  },
);
