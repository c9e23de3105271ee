// When a customer's message asks Kabar to stop: the message is one of the stop words, alone,
// in any case. Punctuation, symbols and emoji around the word are what people add ("Stop!",
// "*BERHENTI*", "stop 🙏") and do not change what they asked; anything else in the message
// ("stop sending promos", "don't stop", "S.T.O.P") makes it a sentence, which an agent reads.
// Safe for client and server.

export const STOP_WORDS = ["STOP", "BERHENTI", "UNSUBSCRIBE"] as const;
export type StopWord = (typeof STOP_WORDS)[number];

/** Whitespace (including zero-width and the like), punctuation, symbols and emoji parts. */
const EDGE =
  /^[\s\p{P}\p{S}\p{Cf}\p{M}\u{FE0F}\u{20E3}]+|[\s\p{P}\p{S}\p{Cf}\p{M}\u{FE0F}\u{20E3}]+$/gu;

/** The stop word the message is, or null. */
export function stopWordOf(body: string | null | undefined): StopWord | null {
  if (!body) return null;
  const word = body.normalize("NFKC").replace(EDGE, "").toUpperCase();
  return (STOP_WORDS as readonly string[]).includes(word) ? (word as StopWord) : null;
}
