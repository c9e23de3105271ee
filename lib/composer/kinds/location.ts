import { z } from "zod";
import { defineKind, oneLine } from "./define";
import { locationSchema } from "./fields";

export const locationKind = defineKind(
  z.object({ kind: z.literal("location"), location: locationSchema }),
  "location",
  {
    label: "Location",
    session: true,
    empty: () => ({
      kind: "location",
      location: { latitude: "", longitude: "", name: "", address: "" },
    }),
    input: (draft, to) => ({ to: [...to], ...draft.location }),
    summary: ({ location }) =>
      oneLine(
        location.name ?? location.address ?? `Location ${location.latitude}, ${location.longitude}`,
      ),
  },
);
