// A failed helpdesk call in plain words for the board. The client's error info is written for
// sending messages ("the message may or may not have gone out"); the board reads tickets and
// changes them, so the cases where that wording would mislead get the board's own words.
import type { HelpdeskResult } from "@/lib/damcorp/helpdesk/request";
import type { HelpdeskProblem } from "./types";

export type HelpdeskFailure = Exclude<HelpdeskResult<object>, { outcome: "accepted" }>;

/** read = loading tickets; open / close = changing one, which may have happened anyway. */
export type HelpdeskOperation = "read" | "open" | "close";

const CANNOT_LOAD = "so the tickets could not be loaded";

/** Refusals the helpdesk spells out in `message` that Damcorp's error table does not list. */
const HELPDESK_MESSAGES: Record<string, Omit<HelpdeskProblem, "code">> = {
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

function readMeaning(failure: HelpdeskFailure): string | undefined {
  if (failure.outcome === "unknown") {
    if (failure.reason === "timeout") return `The helpdesk did not answer in time, ${CANNOT_LOAD}.`;
    if (failure.reason === "connection_lost")
      return `The connection to the helpdesk broke, ${CANNOT_LOAD}.`;
    return `The helpdesk answered with something Kabar could not read, ${CANNOT_LOAD}.`;
  }
  if (failure.outcome === "not_sent") {
    switch (failure.reason) {
      case "rate_limited":
        return `The helpdesk is limiting how often Kabar may ask, ${CANNOT_LOAD} just now.`;
      case "service_unavailable":
        return `The helpdesk is temporarily offline for maintenance, ${CANNOT_LOAD}.`;
      case "missing_credentials":
        return "No helpdesk api-key is configured, so the tickets cannot be loaded.";
      case "invalid_request":
        return `Kabar could not build a valid request (${failure.detail}).`;
      default:
        return `Kabar could not connect to the helpdesk, ${CANNOT_LOAD}.`;
    }
  }
  if (failure.code === "500") return `The helpdesk had an internal problem, ${CANNOT_LOAD}.`;
  if (failure.code === "503")
    return `The helpdesk is temporarily offline for maintenance, ${CANNOT_LOAD}.`;
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
    return "Report it to a Kabar administrator.";
  return "This is usually temporary. If it lasts, contact Damcorp support.";
}

function changeMeaning(failure: HelpdeskFailure, verb: string): Partial<HelpdeskProblem> {
  const uncertain = {
    action: "Refresh the board to check the ticket before trying again.",
    retryable: "no" as const,
  };
  if (failure.outcome === "unknown") {
    return {
      meaning: `The helpdesk did not confirm the change. The ticket may or may not have been ${verb}.`,
      ...uncertain,
    };
  }
  if (failure.outcome === "not_sent" && failure.reason === "rate_limited") {
    return { action: "Wait a minute, then try again." };
  }
  if (failure.outcome === "rejected" && failure.code === "500") {
    return {
      meaning: `The helpdesk had an internal problem. The ticket may or may not have been ${verb}.`,
      ...uncertain,
    };
  }
  return {};
}

export function describeHelpdeskFailure(
  failure: HelpdeskFailure,
  operation: HelpdeskOperation,
): HelpdeskProblem {
  const info = failure.error;
  if (failure.outcome === "rejected" && Object.hasOwn(HELPDESK_MESSAGES, failure.message)) {
    return { code: failure.message, ...HELPDESK_MESSAGES[failure.message]! };
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
