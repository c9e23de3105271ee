// The one catalogue of failure wording: what every failure Kabar can show means for an
// operator and what they can do next. Plain tables, safe for client and server, importing
// nothing: lib/damcorp attaches these words to its results, history, the composer, the board
// and the overview read them from here. To word a new failure, add one entry to the table it
// belongs to; to change the words of one, change its entry (tests pin a few titles).
//
// Keys: Damcorp's responseCode ("725"), the helpdesk's `message` ("ticket_exists"), a
// per-recipient status ("invalid"), an outcome Kabar observes itself ("timeout"), or a stop Kabar
// makes before sending ("sender_unavailable").

export type Retryable = "yes" | "no" | "after_wait";

export type FailureWording = {
  /** The key it was found under: a Damcorp code, helpdesk message, status or Kabar reason. */
  code: string;
  title: string;
  /** Plain words an operator understands. */
  meaning: string;
  /** What the operator can do next. */
  action: string;
  retryable: Retryable;
};

export type WordingEntry = Omit<FailureWording, "code">;

const CHECK_FIELDS = "Check the message's fields and send again.";
const ASK_ADMIN = "Ask a Kabar administrator";

/** Every code in the spec's Errors table. */
export const DAMCORP_ERROR_CODES: Readonly<Record<string, WordingEntry>> = {
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
    // A refusal (nothing was carried out), so sending the same again is safe, as the action says.
    retryable: "yes",
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
    // Damcorp's own words: "You do not have a valid product". An account problem, whatever the
    // message kind; the catalog reading applies only to messages that name products.
    title: "No valid product on the account",
    meaning:
      "Damcorp says this account does not have a valid product (subscription) for sending this message. This is a problem with the Damcorp account, not with the message or the number.",
    action:
      "Ask a Kabar administrator to check the account's products with Damcorp; sending again will not help until Damcorp fixes it. Only for a catalog or product message: also check that its catalog and product IDs exist.",
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
export const HELPDESK_ERROR_MESSAGES: Readonly<Record<string, WordingEntry>> = {
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
export const RECIPIENT_STATUS_ERRORS: Readonly<Record<"invalid" | "failed", WordingEntry>> = {
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
} as const satisfies Record<string, WordingEntry>;

export type TransportErrorCode = keyof typeof TRANSPORT_ERRORS;

/** What to do about any send whose outcome is unknown. */
export const UNKNOWN_OUTCOME_ADVICE =
  "Damcorp may or may not have sent this; check with the customer before resending.";

/** A send's own outcome when it is not a failure Damcorp named. */
export const OUTCOME_WORDING = {
  unknown: {
    title: "Outcome unknown",
    meaning:
      "Kabar did not get a clear answer from Damcorp. The message may or may not have been sent.",
    action: "Check the contact's chat before sending again, to avoid a duplicate.",
    retryable: "no",
  },
  pending: {
    title: "Waiting for Damcorp",
    meaning: "Kabar recorded this send and is waiting for Damcorp's answer.",
    action:
      "Wait a moment and refresh. If it stays pending, check the contact's chat before resending.",
    retryable: "no",
  },
} as const satisfies Record<string, WordingEntry>;

/** Codes Kabar records for sends it stopped itself before Damcorp was called (lib/sends). */
export const KABAR_STOP_WORDING = {
  media_unavailable: {
    title: "Media unavailable",
    meaning: "Kabar could not read the media file for this message, so nothing was sent.",
    action: "Choose the media again in the composer and send again.",
    retryable: "yes",
  },
  sender_unavailable: {
    title: "Sender number unavailable",
    meaning:
      "The sender number could not be used (removed, or its token is missing). Nothing was sent.",
    action: "Choose another sender number, or ask a Kabar administrator to check this one.",
    retryable: "yes",
  },
  abandoned: {
    title: "Kabar stopped while waiting",
    meaning:
      "Kabar stopped (a restart or a crash) after this request had left and before Damcorp answered, so nobody knows whether it was sent.",
    action:
      "Check the contact's chat. To send it again, use Send again: Kabar warns first, because the customer may get it twice.",
    retryable: "no",
  },
  media_expired: {
    title: "Media ID expired",
    meaning:
      "Damcorp no longer knows the media file's ID (media IDs expire after a while), so it could not send the message. Nothing was delivered.",
    action:
      "Send again: a library file goes as the file itself. For a media ID typed in, choose the file from the media library or enter a current ID.",
    retryable: "yes",
  },
  cancelled: {
    title: "Cancelled",
    meaning: "It was cancelled before it was sent. Nothing was sent.",
    action: "Send it again from the composer if it is still needed.",
    retryable: "yes",
  },
  idempotency_conflict: {
    title: "Already sent with other content",
    meaning:
      "This compose had already been sent with different content, so Kabar refused to send it a second time.",
    action: "Start a new compose to send the changed message.",
    retryable: "no",
  },
} as const satisfies Record<string, WordingEntry>;

// The helpdesk board ---------------------------------------------------------------------------
// Damcorp's words above are written for sending messages ("the message may or may not have gone
// out"); the board reads tickets and changes them, so where that would mislead it has its own.

/** Refusals the helpdesk spells out in `message` that Damcorp's error table does not list. */
export const HELPDESK_BOARD_REFUSALS: Readonly<Record<string, WordingEntry>> = {
  ticket_already_closed: {
    title: "Already closed",
    meaning: "The helpdesk says this ticket is already closed.",
    action: "Refresh the board to see its current state.",
    retryable: "no",
  },
  ticket_not_found: {
    title: "Ticket not found",
    meaning: "The helpdesk has no ticket with this code.",
    action: "Refresh the board: the ticket may have been removed.",
    retryable: "no",
  },
};

const CANNOT_LOAD = "so the tickets could not be loaded";

const apiKeyRefused = (consequence: string): WordingEntry => ({
  title: "Helpdesk api-key not accepted",
  meaning: `The helpdesk did not accept Kabar's helpdesk api-key, ${consequence}.`,
  action: `${ASK_ADMIN} to check the helpdesk api-key in Settings.`,
  retryable: "no",
});

/** The helpdesk's 401: only its api-key can be meant (never a sender number's token). */
export const HELPDESK_API_KEY_REFUSED = {
  read: apiKeyRefused(CANNOT_LOAD),
  open: apiKeyRefused("so the ticket was not opened"),
  close: apiKeyRefused("so the ticket was not closed"),
} as const satisfies Record<"read" | "open" | "close", WordingEntry>;

/** Why loading tickets failed, by the client's reason (or the helpdesk's code). */
export const HELPDESK_READ_MEANINGS = {
  timeout: `The helpdesk did not answer in time, ${CANNOT_LOAD}.`,
  connection_lost: `The connection to the helpdesk broke, ${CANNOT_LOAD}.`,
  unreadable_answer: `The helpdesk answered with something Kabar could not read, ${CANNOT_LOAD}.`,
  rate_limited: `The helpdesk is limiting how often Kabar may ask, ${CANNOT_LOAD} just now.`,
  service_unavailable: `The helpdesk is temporarily offline for maintenance, ${CANNOT_LOAD}.`,
  missing_credentials: "No helpdesk api-key is configured, so the tickets cannot be loaded.",
  /** Followed by the check that failed, in brackets. */
  invalid_request: "Kabar could not build a valid request",
  not_connected: `Kabar could not connect to the helpdesk, ${CANNOT_LOAD}.`,
  "500": `The helpdesk had an internal problem, ${CANNOT_LOAD}.`,
  "503": `The helpdesk is temporarily offline for maintenance, ${CANNOT_LOAD}.`,
} as const;

/** What to do after a failed read (reads are retried at every refresh). */
export const HELPDESK_READ_ACTIONS = {
  report: "Report it to a Kabar administrator.",
  temporary: "This is usually temporary. If it lasts, contact Damcorp support.",
} as const;

/** A change (open, close) whose answer was lost or that the helpdesk could not finish. */
export const HELPDESK_CHANGE_WORDING = {
  notConfirmed: (done: string) =>
    `The helpdesk did not confirm the change. The ticket may or may not have been ${done}.`,
  internalProblem: (done: string) =>
    `The helpdesk had an internal problem. The ticket may or may not have been ${done}.`,
  checkFirst: "Refresh the board to check the ticket before trying again.",
  /** A close without an answer, after Kabar read the ticket back and found it not closed. */
  stillActive: (column: string) =>
    `The helpdesk did not confirm the close, and when Kabar read the ticket back it was still ${column}. You can try again.`,
  closedAfterCheck:
    "The helpdesk did not confirm the close, so Kabar read the ticket back: it is closed.",
  rateLimited: "Wait a minute, then try again.",
} as const;

/** A code Kabar does not know still shows the code (and Damcorp's message) to the operator. */
export function unknownCodeWording(code: string, message?: string | null): WordingEntry {
  const said = message ? ` ("${message}")` : "";
  return {
    title: `Damcorp error ${code}`,
    meaning: `Damcorp answered with code ${code}${said}, which Kabar does not know.`,
    action: "Contact Damcorp support and give them this code.",
    retryable: "no",
  };
}
