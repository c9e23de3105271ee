// A compose → the Damcorp requests it becomes, each built once by lib/damcorp's message-kind
// table. The request view (browser) and the send service (server) both call planRequests, so what
// the operator sees is what goes out, token and library media aside.
import { takesManyRecipients } from "@/lib/damcorp/whatsapp/message-kinds";
import {
  buildMessageRequest,
  type MessageCall,
  type MessageRequest,
} from "@/lib/damcorp/whatsapp/messages";
import { e164Of } from "@/lib/phone/normalize";
import type { TemplateInput } from "@/lib/templates/schema";
import type { MessageDraft } from "./draft-schema";
import { composeKind } from "./kinds";

export { describeMedia } from "./kinds/define";

export type PlannedRequest = {
  request: MessageRequest;
  /** The recipients this request carries: digits with the country code, as Kabar stores them. */
  to: string[];
};

/** The call for one message to `to` (wire numbers), or null while its template is missing. */
export function messageCall(
  message: MessageDraft,
  to: readonly string[],
  template: TemplateInput | undefined,
): MessageCall | null {
  const kind = composeKind(message.kind);
  const input = kind.input(message, to, template);
  return input ? ({ type: kind.call, input } as MessageCall) : null;
}

/**
 * The requests a compose becomes: calls whose documented `to` is one number go out once per
 * recipient; template and location messages go out once, to all of them. `placeholder` stands
 * in for the recipient (the request view, before a valid number is typed).
 */
export function planRequests(
  message: MessageDraft,
  recipients: readonly string[],
  options: { template?: TemplateInput; placeholder?: string } = {},
): PlannedRequest[] {
  const wire = (to: readonly string[]) =>
    to.length > 0 ? to.map(e164Of) : options.placeholder ? [options.placeholder] : [];
  const many = takesManyRecipients(composeKind(message.kind).call);
  const groups = many || recipients.length === 0 ? [[...recipients]] : recipients.map((r) => [r]);
  return groups.flatMap((to) => {
    const numbers = wire(to);
    if (numbers.length === 0) return [];
    const call = messageCall(message, numbers, options.template);
    return call ? [{ request: buildMessageRequest(call), to }] : [];
  });
}
