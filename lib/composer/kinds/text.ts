import { z } from "zod";
import { TEXT_MESSAGE_MAX } from "@/lib/damcorp/limits";
import { defineKind, oneLine } from "./define";
import { messageBody } from "./fields";

export const textKind = defineKind(
  z.object({ kind: z.literal("text"), body: messageBody(TEXT_MESSAGE_MAX) }),
  "text",
  {
    label: "Text",
    session: true,
    empty: () => ({ kind: "text", body: "" }),
    input: (draft, to) => ({ to: to[0] ?? "", message: draft.body }),
    summary: (draft) => oneLine(draft.body),
    refusedField: (path) => (path === "message" ? "body" : null),
  },
);
