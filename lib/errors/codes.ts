// The closed list of codes an expected error can carry, each with the HTTP status a route
// handler answers it with. The UI compares codes typed by this list, never free strings; a new
// refusal adds its code here (one line) and nowhere else.
//
// Statuses: 400 unless the caller must react differently. Codes a route handler can throw keep
// the status routes have always answered with; codes only server actions throw (actions answer
// with a result, not a status) say what they mean for a future route.
export const errorStatus = {
  // Access (lib/auth)
  unauthenticated: 401,
  forbidden: 403,
  // Any feature
  not_found: 404,
  invalid_input: 400,
  // Sends (lib/sends)
  idempotency_conflict: 409,
  invalid_request: 400,
  not_resendable: 409,
  // Users, account, first-run setup
  email_taken: 409,
  last_admin: 409,
  wrong_password: 400,
  setup_done: 409,
  // Sender numbers and settings
  number_taken: 409,
  no_sender: 400,
  secret_unreadable: 400,
  no_api_key: 400,
  helpdesk_not_configured: 400,
  // Saved templates
  template_exists: 409,
  template_changed: 409,
  template_damaged: 400,
  // Media library (file checks, Damcorp's media endpoints, sticker links)
  empty: 400,
  too_large: 400,
  unsupported_type: 400,
  type_mismatch: 400,
  wrong_kind: 400,
  incomplete: 400,
  damaged_image: 400,
  media_deleted: 400,
  no_public_url: 400,
  no_bytes: 400,
  not_found_at_damcorp: 400,
  damcorp_failed: 502,
  // Helpdesk (tickets): the refusals it spells out, and every other failure
  ticket_already_closed: 409,
  ticket_not_found: 404,
  invalid_param: 400,
  invalid_param_group: 400,
  helpdesk_failed: 502,
  // Contacts, imports and opt-outs
  contact_exists: 409,
  not_opted_out: 409,
  opted_out: 409,
  import_started: 409,
  import_applying: 409,
  invalid_mapping: 400,
  unreadable_file: 400,
  // Campaigns
  campaign_not_draft: 409,
  campaign_state: 409,
  campaign_empty: 400,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorStatus;

export const ERROR_CODES = Object.keys(errorStatus) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(errorStatus, value);
}

/** The HTTP status a route answers an expected error with. */
export function httpStatusOf(code: ErrorCode): number {
  return errorStatus[code] ?? 400;
}
