// sendHsm/{template}: template (HSM) messages. Templates may start a conversation, so unlike
// session messages they ignore the 24-hour window.
import { z } from "zod";
import { productsExist } from "../catalog";
import type { Handler } from "../context";
import { fail } from "../envelope";
import { headerMediaMissing } from "../media";
import { checkCarousel } from "./carousel";
import { invalidProduct } from "./interactive";
import { fanOut } from "./recipients";
import {
  checkButtons,
  checkHeader,
  checkLimitedTimeOffer,
  invalidTemplate,
  normaliseButtons,
  type ProductRefs,
} from "./templateCheck";
import { parseOr721, recipientsOf, toSchema } from "./validation";

const hsmSchema = z.object({
  to: toSchema,
  param: z.array(z.string()).optional(),
  // The interactive-template tables call it `params`; the JSON examples `param`.
  params: z.array(z.string()).optional(),
  header: z.unknown().optional(),
  buttons: z.unknown().optional(),
  // The authentication table calls it `button`; its JSON example `buttons`.
  button: z.unknown().optional(),
  limited_time_offer: z.unknown().optional(),
  carousel: z.unknown().optional(),
});

export const sendHsm: Handler = ({ state, body, params }) => {
  const parsed = parseOr721(hsmSchema, body);
  if (!parsed.ok) return parsed.reply;
  const request = parsed.data;
  const template = state.templates.get(params.template ?? "");
  if (!template) return invalidTemplate();

  const buttons = normaliseButtons(request.buttons ?? request.button);
  if (!Array.isArray(buttons)) return buttons;
  const refs: ProductRefs = { catalogIds: [], retailerIds: [] };
  const componentProblem =
    checkHeader(template, request.header) ??
    checkButtons(template, buttons, refs) ??
    checkLimitedTimeOffer(template, request.limited_time_offer) ??
    checkCarousel(template, request.carousel);
  if (componentProblem) return componentProblem;

  const values = request.param ?? request.params ?? [];
  if (values.length !== template.paramCount) {
    return fail("whatsapp", "2000", "Template Param Count Mismatch");
  }
  const catalogOk =
    refs.catalogIds.every((id) => productsExist(id, [])) &&
    productsExist(undefined, refs.retailerIds);
  if (!catalogOk) return invalidProduct();

  return fanOut(state, recipientsOf(request.to), {
    session: false,
    extended: template.extendedResponse,
    missingMedia: headerMediaMissing(request.header, state),
  });
};
