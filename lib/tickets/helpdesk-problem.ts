// A failed helpdesk call in plain words for the board. The client's words are written for
// sending messages ("the message may or may not have gone out"); the board reads tickets and
// changes them, so this picks the board's own words (lib/wording/failures.ts) where those would
// mislead.
import type { HelpdeskResult } from "@/lib/damcorp/helpdesk/request";
import { ExpectedError } from "@/lib/errors/expected-error";
import {
  HELPDESK_API_KEY_REFUSED,
  HELPDESK_BOARD_REFUSALS,
  HELPDESK_CHANGE_WORDING,
  HELPDESK_READ_ACTIONS,
  HELPDESK_READ_MEANINGS,
} from "@/lib/wording/failures";
import type { HelpdeskProblem } from "./types";

export type HelpdeskFailure = Exclude<HelpdeskResult<object>, { outcome: "accepted" }>;

/** read = loading tickets; open / close = changing one, which may have happened anyway. */
export type HelpdeskOperation = "read" | "open" | "close";

function readMeaning(failure: HelpdeskFailure): string | undefined {
  const words = HELPDESK_READ_MEANINGS;
  if (failure.outcome === "unknown") {
    if (failure.reason === "timeout" || failure.reason === "connection_lost")
      return words[failure.reason];
    return words.unreadable_answer;
  }
  if (failure.outcome === "not_sent") {
    switch (failure.reason) {
      case "rate_limited":
      case "service_unavailable":
      case "missing_credentials":
        return words[failure.reason];
      case "invalid_request":
        return `${words.invalid_request} (${failure.detail}).`;
      default:
        return words.not_connected;
    }
  }
  if (failure.code === "500" || failure.code === "503") return words[failure.code];
  return undefined;
}

/** Reads are retried at every refresh, so the send-oriented advice ("check the chat") does not apply. */
function readAction(failure: HelpdeskFailure, base: HelpdeskProblem): string {
  const needsSomeone =
    (failure.outcome === "rejected" && ["401", "403", "404"].includes(failure.code)) ||
    (failure.outcome === "not_sent" &&
      ["missing_credentials", "dns_failure", "tls_failure"].includes(failure.reason));
  if (needsSomeone) return base.action;
  if (failure.outcome === "not_sent" && failure.reason === "invalid_request")
    return HELPDESK_READ_ACTIONS.report;
  return HELPDESK_READ_ACTIONS.temporary;
}

function changeMeaning(failure: HelpdeskFailure, done: string): Partial<HelpdeskProblem> {
  const words = HELPDESK_CHANGE_WORDING;
  const uncertain = { action: words.checkFirst, retryable: "no" as const };
  if (failure.outcome === "unknown") return { meaning: words.notConfirmed(done), ...uncertain };
  if (failure.outcome === "not_sent" && failure.reason === "rate_limited") {
    return { action: words.rateLimited };
  }
  if (failure.outcome === "rejected" && failure.code === "500") {
    return { meaning: words.internalProblem(done), ...uncertain };
  }
  return {};
}

export function describeHelpdeskFailure(
  failure: HelpdeskFailure,
  operation: HelpdeskOperation,
): HelpdeskProblem {
  const info = failure.error;
  if (failure.outcome === "rejected" && Object.hasOwn(HELPDESK_BOARD_REFUSALS, failure.message)) {
    return { code: failure.message, ...HELPDESK_BOARD_REFUSALS[failure.message]! };
  }
  // The shared table's 401 speaks of a sender's token too; on the helpdesk it is the api-key.
  if (failure.outcome === "rejected" && failure.code === "401") {
    return { code: "401", ...HELPDESK_API_KEY_REFUSED[operation] };
  }
  const base: HelpdeskProblem = {
    code: info.code,
    title: info.title,
    meaning: info.meaning,
    action: info.action,
    retryable: info.retryable,
  };
  if (operation === "read") {
    return {
      ...base,
      meaning: readMeaning(failure) ?? base.meaning,
      action: readAction(failure, base),
    };
  }
  return { ...base, ...changeMeaning(failure, operation === "open" ? "opened" : "closed") };
}

/** One sentence for a toast or a form alert. */
export function problemSentence(problem: HelpdeskProblem): string {
  return `${problem.meaning} ${problem.action}`.trim();
}

/**
 * The ExpectedError a service throws for a failed helpdesk call, carrying the problem. Refusals
 * the helpdesk spells out for a change keep their own code; everything else is
 * "helpdesk_failed" (answered with 502 by a route). A read says what happened; a change says
 * what to do as well.
 */
export function helpdeskRefusal(
  problem: HelpdeskProblem,
  operation: HelpdeskOperation,
  retryAt?: string | null,
): ExpectedError {
  if (operation === "read")
    return new ExpectedError("helpdesk_failed", problem.meaning, {
      problem,
      retryAt: retryAt ?? undefined,
    });
  const code =
    problem.code === "ticket_already_closed" || problem.code === "ticket_not_found"
      ? problem.code
      : "helpdesk_failed";
  return new ExpectedError(code, problemSentence(problem), { problem });
}
