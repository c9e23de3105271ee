import { describe, expect, it } from "vitest";
import { TEMPLATES } from "@/sandbox/templates";
import { templateParamSlots } from "./param-slots";
import { sandboxTemplates } from "./sandbox-templates";
import { templateFormSchema } from "./template-rules";

describe("sandbox templates", () => {
  it("cover every template of the sandbox registry, once each", () => {
    expect(sandboxTemplates.map((t) => t.name).sort()).toEqual(TEMPLATES.map((t) => t.name).sort());
  });

  it("pass the template form's rules", () => {
    for (const template of sandboxTemplates) {
      const parsed = templateFormSchema.safeParse(template);
      expect(parsed.error?.issues ?? [], template.name).toEqual([]);
    }
  });

  for (const spec of TEMPLATES) {
    it(`${spec.name} needs what the sandbox expects`, () => {
      const template = sandboxTemplates.find((t) => t.name === spec.name)!;
      const slots = templateParamSlots(template);
      expect(slots.bodyParams).toBe(spec.paramCount);
      expect(template.category).toBe(spec.category);
      // A required or variable header must be sent; a fixed text header is not sent at all.
      const sentHeader = slots.header === "none" ? null : slots.header;
      const expectedHeader = spec.header?.variable
        ? spec.header.kind === "text"
          ? "text_param"
          : spec.header.kind
        : null;
      expect(sentHeader).toBe(expectedHeader);
      expect(slots.offerExpiry).toBe(spec.limitedTimeOffer);
      expect(template.cards.length > 0).toBe(spec.carousel);
      // Dynamic buttons only where the sandbox accepts buttons; required ones are present.
      if (!spec.buttons) expect(slots.buttons).toEqual([]);
      else if (spec.buttons.required) expect(slots.buttons.length).toBeGreaterThan(0);
      for (const slot of slots.buttons) {
        expect(spec.buttons?.allowed, `${spec.name} ${slot.type}`).toContain(slot.type);
      }
      if (slots.sendStaticPlaceholders) expect(spec.buttons?.allowed).toContain("static");
    });
  }
});
