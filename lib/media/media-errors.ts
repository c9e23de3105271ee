import { ExpectedError } from "@/lib/errors/expected-error";
import type { MediaRejection } from "./check-media-file";

type RejectionCode = MediaRejection["code"] | "incomplete" | "damaged_image";

/** A file refused by the media rules; its message is the reason shown next to the file. */
export class MediaRejectedError extends ExpectedError {
  constructor(rejection: { code: RejectionCode; reason: string }) {
    super(rejection.code, rejection.reason);
    this.name = "MediaRejectedError";
  }
}
