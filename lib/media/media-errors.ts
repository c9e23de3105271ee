import { ExpectedError } from "@/lib/actions/errors";
import type { MediaRejection } from "./check-media-file";

type RejectionCode = MediaRejection["code"] | "incomplete";

/** A file refused by the media rules; its message is the reason shown next to the file. */
export class MediaRejectedError extends ExpectedError {
  constructor(rejection: { code: RejectionCode; reason: string }) {
    super(rejection.reason, undefined, rejection.code);
    this.name = "MediaRejectedError";
  }
}
