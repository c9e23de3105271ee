// Carousel cards for carousel_template_example. The spec: every card must have a media header
// (image or video), body variables count against a 160-character card body, up to 10 cards.
import { z } from "zod";
import type { Reply } from "../envelope";
import { isPlainObject } from "../http";
import type { TemplateSpec } from "../templates";
import { invalidTemplate } from "./templateCheck";
import { invalidParameter, LIMITS, parseOr721 } from "./validation";

const integerLike = z.union([z.number().int().min(0), z.string().regex(/^\d+$/)]);

const card = z.object({
  card_index: integerLike,
  components: z.array(z.object({ type: z.string() }).loose()).min(1),
});

const mediaParameter = z
  .object({ type: z.string() })
  .loose()
  .refine((p) => {
    const kind = p.type.toLowerCase();
    const media = (p as Record<string, unknown>)[kind];
    return isPlainObject(media) && (typeof media.id === "string" || typeof media.link === "string");
  }, "media header needs { id } or { link }");

const bodyComponent = z.object({
  parameters: z.array(z.object({ type: z.string(), text: z.string() })).default([]),
});

const buttonComponent = z.object({
  sub_type: z
    .string()
    .refine((s) => ["quick_reply", "url"].includes(s.toLowerCase()), "QUICK_REPLY or URL"),
  index: integerLike,
  parameters: z.array(z.object({ type: z.string(), payload: z.string() })).optional(),
});

export function checkCarousel(template: TemplateSpec, carousel: unknown): Reply | null {
  if (carousel === undefined || carousel === null)
    return template.carousel ? invalidTemplate() : null;
  if (!template.carousel) return invalidTemplate();
  if (!isPlainObject(carousel) || String(carousel.type).toUpperCase() !== "CAROUSEL") {
    return invalidParameter("carousel.type", 'must be "CAROUSEL"');
  }
  const cards = carousel.cards;
  if (!Array.isArray(cards) || cards.length === 0 || cards.length > LIMITS.carouselCards) {
    return invalidParameter("carousel.cards", `1–${LIMITS.carouselCards} cards required`);
  }
  const seen = new Set<number>();
  for (const [index, raw] of cards.entries()) {
    const path = ["carousel", "cards", index];
    const parsed = parseOr721(card, raw, path);
    if (!parsed.ok) return parsed.reply;
    const cardIndex = Number(parsed.data.card_index);
    if (seen.has(cardIndex)) return invalidParameter(`${path.join(".")}.card_index`, "duplicate");
    seen.add(cardIndex);
    const problem = checkComponents(parsed.data.components, path);
    if (problem) return problem;
  }
  return null;
}

function checkComponents(components: { type: string }[], path: (string | number)[]): Reply | null {
  const header = components.find((c) => c.type.toLowerCase() === "header");
  const firstParameter =
    header && isPlainObject(header) ? (header as { parameters?: unknown }).parameters : undefined;
  const media: unknown = Array.isArray(firstParameter) ? firstParameter[0] : undefined;
  const mediaType =
    isPlainObject(media) && typeof media.type === "string" ? media.type.toLowerCase() : "";
  // A card without an image/video header does not fit the template's components at all.
  if (!["image", "video"].includes(mediaType)) return invalidTemplate();
  const mediaCheck = parseOr721(mediaParameter, media, [...path, "header"]);
  if (!mediaCheck.ok) return mediaCheck.reply;

  for (const [index, component] of components.entries()) {
    const componentPath = [...path, "components", index];
    const type = component.type.toLowerCase();
    if (type === "body") {
      const parsed = parseOr721(bodyComponent, component, componentPath);
      if (!parsed.ok) return parsed.reply;
      const length = parsed.data.parameters.reduce((sum, p) => sum + p.text.length, 0);
      if (length > LIMITS.cardBodyText) {
        return invalidParameter(
          componentPath.join("."),
          `card body variables exceed ${LIMITS.cardBodyText} characters`,
        );
      }
    } else if (type === "button") {
      const parsed = parseOr721(buttonComponent, component, componentPath);
      if (!parsed.ok) return parsed.reply;
    } else if (type !== "header") {
      return invalidTemplate();
    }
  }
  return null;
}
