// Phone numbers for Kabar: one number (normalizePhone) or a pasted list (parseRecipientList).
export {
  DEFAULT_REGION,
  digitsOf,
  e164Of,
  normalizePhone,
  type NormalizedPhone,
  type PhoneError,
  type PhoneProblem,
  type PhoneResult,
} from "./normalize";
export {
  parseRecipientList,
  splitRecipientList,
  type DuplicateListEntry,
  type InvalidListEntry,
  type ListedRecipient,
  type ListPosition,
  type RecipientListResult,
} from "./recipient-list";
