// Media session messages (image, document, audio, video, sticker). Each answers with a mediaId that
// downloadMedia can resolve; an unknown media id makes every deliverable recipient `failed`.
import { z } from "zod";
import type { Handler } from "../context";
import { mediaIdForSend } from "../media";
import { fanOut } from "./recipients";
import { LIMITS, maxText, parseOr721, recipientsOf, toSchema } from "./validation";

type MediaField = "image" | "document" | "audio" | "video" | "sticker";

const mediaValue = (field: MediaField) => z.string().trim().min(1, `${field} must not be empty`);
const caption = maxText("caption", LIMITS.caption).optional();

const schemas = {
  image: z.object({ to: toSchema, image: mediaValue("image"), caption }),
  document: z.object({
    to: toSchema,
    document: mediaValue("document"),
    caption,
    filename: maxText("filename", LIMITS.filename).optional(),
  }),
  audio: z.object({ to: toSchema, audio: mediaValue("audio") }),
  video: z.object({ to: toSchema, video: mediaValue("video"), caption }),
  sticker: z.object({ to: toSchema, sticker: mediaValue("sticker") }),
} as const;

function mediaSender(field: MediaField): Handler {
  return ({ state, body }) => {
    const parsed = parseOr721(schemas[field], body);
    if (!parsed.ok) return parsed.reply;
    const data = parsed.data as { to: string | string[] } & Record<MediaField, string>;
    const mediaId = mediaIdForSend(data[field], state);
    return fanOut(state, recipientsOf(data.to), { session: true, media: { mediaId } });
  };
}

export const sendImage = mediaSender("image");
export const sendDocument = mediaSender("document");
export const sendAudio = mediaSender("audio");
export const sendVideo = mediaSender("video");
export const sendSticker = mediaSender("sticker");
