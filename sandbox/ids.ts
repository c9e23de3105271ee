// Identifier factories. Seeded (not random) so a reset sandbox answers byte-for-byte the same way.
import { createRng, randomString, type Rng } from "./prng";

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEX = "0123456789abcdef";
const DIGITS = "0123456789";

export class IdGenerator {
  private readonly rng: Rng;
  private counter = 0;

  constructor(seed: number) {
    // A different stream from the ticket seed, so adding a ticket field doesn't shift every msgId.
    this.rng = createRng((seed ^ 0x5bd1e995) >>> 0);
  }

  /** Shaped like the spec's examples ("gBGHYoITgIJpXwIJLV7tPke21fR-"); the counter guarantees uniqueness. */
  msgId(): string {
    this.counter += 1;
    return `gBGHYo${randomString(this.rng, BASE64URL, 16)}${this.counter.toString(36).padStart(6, "0")}`;
  }

  /** Media ids returned by send endpoints look like UUIDs in the spec. */
  mediaUuid(): string {
    const hex = randomString(this.rng, HEX, 32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  }

  /** uploadMedia ids are long digit strings in the spec ("334668083xxxxxxx"). */
  uploadId(): string {
    return `3${randomString(this.rng, DIGITS, 15)}`;
  }

  /** The numeric transaction id shown by the newer HSM variants. */
  trxid(): number {
    return 100_000_000 + Math.floor(this.rng() * 899_999_999);
  }
}
