// The typed Damcorp client. Plain Node (no Next.js, no server-only): usable from the app,
// scripts and tests alike.
export {
  createDamcorpClient,
  DamcorpConfigError,
  DEFAULT_TIMEOUT_MS,
  type DamcorpClient,
  type DamcorpClientConfig,
  type DamcorpCredentials,
} from "./client";
export type { CallOptions } from "./call";
export type { OnRetry, HttpMethod } from "./transport";
export {
  computeBackoffDelay,
  decideRetry,
  parseRetryAfter,
  DEFAULT_RETRY_POLICY,
  type RetryDecision,
  type RetryPolicy,
  type RetryReason,
  type RetryTrigger,
} from "./retry";
export type {
  AcceptedCommon,
  DamcorpResult,
  NotSentReason,
  NotSentResult,
  RecipientResult,
  RejectedResult,
  RequestRecord,
  SendAccepted,
  SendResult,
  UnknownReason,
  UnknownResult,
} from "./results";
export type { ValidationIssue } from "./validation";
export { redactRequestBody, redactHeaders, redactUrl, REDACTED } from "./redact";
export * as limits from "./limits";

// WhatsApp: the message-kind table (every message call, its path, body schema and builder)
export {
  MESSAGE_CALL_TYPES,
  messageCallLabels,
  isMessageCallType,
  takesManyRecipients,
} from "./whatsapp/message-kinds";
export {
  messageCalls,
  buildMessageRequest,
  checkMessageRequest,
  messageRequestIssues,
  sendMessage,
  sendCheckedMessage,
  sendText,
  sendHsm,
  sendInteractive,
  sendImage,
  sendDocument,
  sendAudio,
  sendVideo,
  sendSticker,
  sendLocation,
  sendContact,
  type MessageCall,
  type MessageCallInput,
  type MessageCallType,
  type MessageRequest,
  type CheckedMessageRequest,
} from "./whatsapp/messages";
export {
  buildTextBody,
  buildImageBody,
  buildDocumentBody,
  buildAudioBody,
  buildVideoBody,
  buildStickerBody,
  buildLocationBody,
  buildContactBody,
  type SendTextInput,
  type SendImageInput,
  type SendDocumentInput,
  type SendAudioInput,
  type SendVideoInput,
  type SendStickerInput,
  type SendLocationInput,
  type SendContactInput,
  type LocationInput,
} from "./whatsapp/session";
export {
  buildInteractiveBody,
  type SendInteractiveInput,
  type ReplyButtonsInput,
  type ListMessageInput,
  type SingleProductInput,
  type MultiProductInput,
  type TextHeaderInput,
  type MediaHeaderInput,
  type ProductSectionInput,
} from "./whatsapp/interactive";
export {
  buildHsmBody,
  type SendHsmInput,
  type HsmHeaderInput,
  type HsmButtonInput,
  type HsmUrlButtonObjectInput,
  type CarouselCardInput,
  type CarouselButtonInput,
} from "./whatsapp/hsm";
export {
  uploadMedia,
  downloadMedia,
  type UploadMediaInput,
  type UploadFileInput,
  type UploadMediaResult,
  type DownloadMediaResult,
  type DownloadedMedia,
} from "./whatsapp/media";

// Helpdesk
export {
  getTicket,
  listTickets,
  type GetTicketResult,
  type ListTicketsResult,
  type ListTicketsOptions,
} from "./helpdesk/reports";
export {
  buildOpenTicketBody,
  buildCloseTicketBody,
  openTicket,
  closeTicket,
  type OpenTicketInput,
  type CloseTicketInput,
  type TicketActionResult,
} from "./helpdesk/actions";
export type { HelpdeskResult, HelpdeskRejection } from "./helpdesk/request";
export type { HelpdeskError } from "./helpdesk/helpdesk-error";
export type { Ticket, TicketMessage, TicketReport } from "./helpdesk/ticket";
export { parseHelpdeskTime, DEFAULT_HELPDESK_TIME_ZONE } from "./helpdesk/time";
export type { TicketListStatus, TicketStatus } from "./schemas/helpdesk";

// Wire schemas (request bodies and responses, with WhatsApp's limits) for forms and previews.
export * as commonSchemas from "./schemas/common";
export * as sessionSchemas from "./schemas/whatsapp-session";
export * as hsmSchemas from "./schemas/hsm";
export * as mediaSchemas from "./schemas/media";
export * as helpdeskSchemas from "./schemas/helpdesk";
export { issuesFromZodError } from "./validation";
