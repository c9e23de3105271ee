// What each Damcorp code means for an operator, and what they can do about it. Codes come from
// the spec's Errors table; helpdesk answers are keyed by their `message`; per-recipient
// statuses and Kabar's own transport outcomes have entries too so every failure reads the same.

export type Retryable = "yes" | "no" | "after_wait";

export type DamcorpErrorInfo = {
  /** The Damcorp code ("725"), helpdesk message ("ticket_exists"), status or transport reason. */
  code: string;
  title: string;
  /** Plain words an operator understands. */
  meaning: string;
  /** What the operator can do next. */
  action: string;
  retryable: Retryable;
};

type Entry = Omit<DamcorpErrorInfo, "code">;

const CHECK_FIELDS = "Check the message's fields and send again.";
const ASK_ADMIN = "Ask a Kabar administrator";

/** Every code in the spec's Errors table. */
export const DAMCORP_ERROR_CODES: Readonly<Record<string, Entry>> = {
  "400": {
    title: "Bad request",
    meaning: "Damcorp says the request is not valid.",
    action: `${CHECK_FIELDS} If it keeps happening, report it to a Kabar administrator.`,
    retryable: "no",
  },
  "401": {
    title: "Not authorised",
    meaning: "Damcorp did not accept the API token or helpdesk api-key.",
    action: `${ASK_ADMIN} to check the sender number's token (Damcorp dashboard: Whatsapp → Numbers) or the helpdesk api-key.`,
    retryable: "no",
  },
  "403": {
    title: "Forbidden",
    meaning: "This Damcorp account is not allowed to use this feature.",
    action: "Ask Damcorp to enable the feature for this account.",
    retryable: "no",
  },
  "404": {
    title: "Not found",
    meaning: "Damcorp could not find what was asked for (for example the ticket or the media).",
    action: `Check the ticket code or media ID. If they are right, ${ASK_ADMIN.toLowerCase()} to check the Damcorp address.`,
    retryable: "no",
  },
  "405": {
    title: "Method not allowed",
    meaning: "Kabar called Damcorp the wrong way. This is a Kabar problem, not yours.",
    action: "Report it to a Kabar administrator.",
    retryable: "no",
  },
  "406": {
    title: "Not acceptable",
    meaning:
      "Damcorp only answers in JSON and was asked for another format. This is a Kabar problem.",
    action: "Report it to a Kabar administrator.",
    retryable: "no",
  },
  "410": {
    title: "Gone",
    meaning:
      "What was asked for has been removed from Damcorp's servers (for example expired media).",
    action: "Upload the media again, or use a newer item.",
    retryable: "no",
  },
  "418": {
    title: "I'm a teapot",
    meaning: "Damcorp answered with its joke status 418; the request was not carried out.",
    action: "Send again. If it keeps happening, contact Damcorp support.",
    retryable: "no",
  },
  "429": {
    title: "Too many requests",
    meaning: "Damcorp is limiting how fast this account can send.",
    action: "Wait a minute, then send again, or send in smaller batches.",
    retryable: "after_wait",
  },
  "470": {
    title: "24-hour window closed",
    meaning:
      "The contact has not written to this number in the last 24 hours, so WhatsApp only allows approved template (HSM) messages.",
    action: "Send an approved template instead, or wait until the contact writes to you.",
    retryable: "no",
  },
  "500": {
    title: "Damcorp server error",
    meaning: "Damcorp had an internal problem; the message may or may not have gone out.",
    action: "Check the send history and the contact's chat before sending again, then try later.",
    retryable: "after_wait",
  },
  "503": {
    title: "Damcorp unavailable",
    meaning: "Damcorp is temporarily offline for maintenance. Nothing was sent.",
    action: "Try again later.",
    retryable: "after_wait",
  },
  "721": {
    title: "Invalid parameter",
    meaning: "Damcorp did not accept one of the values sent.",
    action: "Check the numbers, text and media in the message.",
    retryable: "no",
  },
  "722": {
    title: "Invalid sender",
    meaning: "The sending number is not set up correctly for this token.",
    action: `${ASK_ADMIN} to check the sender number and its token.`,
    retryable: "no",
  },
  "723": {
    title: "Service not available",
    meaning: "The WhatsApp service is not available for this account.",
    action: "Ask Damcorp to check the account's services.",
    retryable: "no",
  },
  "732": {
    title: "Service not available",
    meaning: "The WhatsApp service is not available for this account.",
    action: "Ask Damcorp to check the account's services.",
    retryable: "no",
  },
  "724": {
    title: "Send limit reached",
    meaning: "This account has reached its sending limit.",
    action: "Wait until the limit resets, or ask Damcorp to raise it.",
    retryable: "after_wait",
  },
  "725": {
    title: "Invalid template",
    meaning:
      "The template is not linked to this WhatsApp number, or the header, parameters, buttons or template type sent do not match the approved template.",
    action:
      "Check the template name, and that the header, parameters and buttons match the template as approved.",
    retryable: "no",
  },
  "726": {
    title: "Invalid product",
    meaning:
      "Damcorp found no valid product: the account has no valid product for this kind of message, or a catalog product ID is not known.",
    action:
      "Check the catalog and product IDs. If they are right, ask Damcorp about the account's products.",
    retryable: "no",
  },
  "727": {
    title: "Template name taken",
    meaning: "A template (HSM) with this name already exists.",
    action: "Choose a different template name.",
    retryable: "no",
  },
  "728": {
    title: "Capping limit reached",
    meaning: "This account has reached its message cap for the period.",
    action: "Wait until the cap resets, or ask Damcorp to raise it.",
    retryable: "after_wait",
  },
  "729": {
    title: "Credit limit",
    meaning:
      "The account's credit or quota has run out, international numbers need extra international credit or quota, or the invoice type is wrong.",
    action: `${ASK_ADMIN} to top up credit or quota with Damcorp (and international quota for foreign numbers).`,
    retryable: "no",
  },
  "730": {
    title: "Invalid prefix",
    meaning: "Damcorp does not accept the number's country prefix.",
    action: "Check the number starts with + and the right country code (Indonesia: +62).",
    retryable: "no",
  },
  "731": {
    title: "Window not set",
    meaning: "The 24-hour conversation window is not set for this contact.",
    action: "Send an approved template first, or ask Damcorp to check the number's settings.",
    retryable: "no",
  },
  "734": {
    title: "Phone number ID missing",
    meaning: "The sender number has no phone number ID in Damcorp's services.",
    action: "Ask Damcorp to check this number's services.",
    retryable: "no",
  },
  "999": {
    title: "General error",
    meaning: "Damcorp reported an unknown error.",
    action:
      "Try again later. If it keeps happening, contact Damcorp support with the time of the attempt.",
    retryable: "after_wait",
  },
  "1009": {
    title: "Parameter value not valid",
    meaning: "A value has the wrong type or format.",
    action: "Check the template parameters and the other values in the message.",
    retryable: "no",
  },
  "2000": {
    title: "Wrong number of template parameters",
    meaning: "The number of parameters sent does not match the template.",
    action: "Fill in exactly as many parameters as the template has.",
    retryable: "no",
  },
  "2001": {
    title: "Template missing",
    meaning: "The template does not exist for this language and locale.",
    action: "Check the template name and that it is in your approved template list.",
    retryable: "no",
  },
  "2012": {
    title: "Template parameter format mismatch",
    meaning: "A parameter's format does not match the format in the template.",
    action: "Check the template's components and the parameters sent.",
    retryable: "no",
  },
  "2014": {
    title: "Template namespace empty",
    meaning: "The template namespace is missing on Damcorp's side.",
    action: "Ask Damcorp to check the template namespace for this number.",
    retryable: "no",
  },
};

/** Helpdesk answers share responseCode "400" and differ by `message`. */
export const HELPDESK_ERROR_MESSAGES: Readonly<Record<string, Entry>> = {
  ticket_exists: {
    title: "Ticket already open",
    meaning: "This customer already has a ticket that is not closed.",
    action: "Continue in the existing ticket, or close it before opening a new one.",
    retryable: "no",
  },
  invalid_param: {
    title: "Missing or invalid fields",
    meaning: "The helpdesk did not accept some of the ticket fields.",
    action: "Fill in the listed fields and try again.",
    retryable: "no",
  },
  invalid_param_group: {
    title: "Unknown helpdesk group",
    meaning: "The helpdesk group chosen does not exist.",
    action: "Choose one of the existing groups, or leave the group empty.",
    retryable: "no",
  },
};

/** Per-recipient statuses inside a responseCode "000" answer. */
export const RECIPIENT_STATUS_ERRORS: Readonly<Record<"invalid" | "failed", Entry>> = {
  invalid: {
    title: "Invalid number",
    meaning: "WhatsApp cannot use this number: it is not valid or not registered on WhatsApp.",
    action: "Check the number. Remove it from the list if the contact is not on WhatsApp.",
    retryable: "no",
  },
  failed: {
    title: "Not delivered",
    meaning: "Damcorp took the request but could not send the message to this number.",
    action: "Try again later. If it keeps failing, check the number or contact Damcorp.",
    retryable: "after_wait",
  },
};

/** Outcomes Kabar itself observes (no Damcorp code): timeouts, connection failures, checks. */
export const TRANSPORT_ERRORS = {
  timeout: {
    title: "No answer in time",
    meaning: "Damcorp did not answer in time. The message may or may not have been sent.",
    action:
      "Check the send history and the contact's chat before sending again, to avoid a duplicate.",
    retryable: "no",
  },
  read_timeout: {
    title: "No answer in time",
    meaning: "Damcorp did not answer in time, so the data could not be loaded.",
    action: "Try again.",
    retryable: "yes",
  },
  connection_lost: {
    title: "Connection lost",
    meaning:
      "The connection to Damcorp broke after the request was sent. The message may or may not have been sent.",
    action:
      "Check the send history and the contact's chat before sending again, to avoid a duplicate.",
    retryable: "no",
  },
  unparsable_response: {
    title: "Unreadable answer",
    meaning:
      "Damcorp answered with something Kabar could not read. The message may or may not have been sent.",
    action:
      "Check the send history and the contact's chat before sending again; report it if it repeats.",
    retryable: "no",
  },
  unexpected_response: {
    title: "Unexpected answer",
    meaning:
      "Damcorp's answer did not have the expected shape. The message may or may not have been sent.",
    action:
      "Check the send history and the contact's chat before sending again; report it if it repeats.",
    retryable: "no",
  },
  gateway_error: {
    title: "Gateway error",
    meaning:
      "A gateway between Kabar and Damcorp failed (HTTP 502 or 504). The message may or may not have been sent.",
    action:
      "Check the send history and the contact's chat before sending again, to avoid a duplicate.",
    retryable: "no",
  },
  connection_refused: {
    title: "Damcorp unreachable",
    meaning: "Kabar could not connect to Damcorp. Nothing was sent.",
    action: `Try again later. If it continues, ${ASK_ADMIN.toLowerCase()} to check the Damcorp address.`,
    retryable: "after_wait",
  },
  dns_failure: {
    title: "Damcorp address not found",
    meaning: "The Damcorp server name could not be looked up. Nothing was sent.",
    action: `${ASK_ADMIN} to check the Damcorp address and the server's internet connection.`,
    retryable: "after_wait",
  },
  network_unreachable: {
    title: "No network route",
    meaning: "The network could not reach Damcorp. Nothing was sent.",
    action: `Try again later. If it continues, ${ASK_ADMIN.toLowerCase()} to check the server's connection.`,
    retryable: "after_wait",
  },
  connect_timeout: {
    title: "Connection timed out",
    meaning: "Kabar could not open a connection to Damcorp in time. Nothing was sent.",
    action: "Try again later.",
    retryable: "after_wait",
  },
  tls_failure: {
    title: "Secure connection failed",
    meaning: "Damcorp's certificate could not be verified, so Kabar did not send anything.",
    action: `${ASK_ADMIN} to check the Damcorp address and the server's certificates.`,
    retryable: "no",
  },
  invalid_address: {
    title: "Damcorp address not usable",
    meaning:
      "The configured Damcorp address cannot be used (for example a blocked port). Nothing was sent.",
    action: `${ASK_ADMIN} to check the Damcorp address.`,
    retryable: "no",
  },
  invalid_request: {
    title: "Message not valid",
    meaning: "The message did not pass Kabar's checks, so it was not sent.",
    action: "Fix the fields listed and send again.",
    retryable: "no",
  },
  missing_credentials: {
    title: "No credentials",
    meaning:
      "No Damcorp API token (or helpdesk api-key) is set up for this call. Nothing was sent.",
    action: `${ASK_ADMIN} to add the token or api-key.`,
    retryable: "no",
  },
} as const satisfies Record<string, Entry>;

export type TransportErrorCode = keyof typeof TRANSPORT_ERRORS;

function withCode(code: string, entry: Entry): DamcorpErrorInfo {
  return { code, ...entry };
}

/** A code Kabar does not know still shows the code (and Damcorp's message) to the operator. */
export function unknownDamcorpError(code: string, message?: string | null): DamcorpErrorInfo {
  const said = message ? ` ("${message}")` : "";
  return {
    code,
    title: `Damcorp error ${code}`,
    meaning: `Damcorp answered with code ${code}${said}, which Kabar does not know.`,
    action: "Contact Damcorp support and give them this code.",
    retryable: "no",
  };
}

/**
 * Describes a Damcorp answer. Helpdesk `message` values (ticket_exists, …) win over the shared
 * code "400"; otherwise the code is looked up, and unknown codes get a generic entry.
 */
export function describeDamcorpError(code: string, message?: string | null): DamcorpErrorInfo {
  if (message && Object.hasOwn(HELPDESK_ERROR_MESSAGES, message)) {
    return withCode(message, HELPDESK_ERROR_MESSAGES[message] as Entry);
  }
  const entry = Object.hasOwn(DAMCORP_ERROR_CODES, code) ? DAMCORP_ERROR_CODES[code] : undefined;
  return entry ? withCode(code, entry) : unknownDamcorpError(code, message);
}

export function describeRecipientStatus(status: "invalid" | "failed"): DamcorpErrorInfo {
  return withCode(status, RECIPIENT_STATUS_ERRORS[status]);
}

export function describeTransportError(code: TransportErrorCode): DamcorpErrorInfo {
  return withCode(code, TRANSPORT_ERRORS[code]);
}
