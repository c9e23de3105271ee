// Reads the failure fetch throws (`TypeError: fetch failed` with `cause.code`) and tells
// whether the request can have left this machine. Codes that fail before a connection exists
// prove nothing was delivered; anything else (reset, socket closed, unknown) may have been.

export type NetworkFailureKind =
  | "connection_refused"
  | "dns_failure"
  | "network_unreachable"
  | "connect_timeout"
  | "tls_failure"
  | "invalid_address"
  | "connection_lost";

export type NetworkFailure = {
  kind: NetworkFailureKind;
  /** The system / undici error code, when there is one. */
  code: string | undefined;
  /** True when the request cannot have reached Damcorp. */
  neverSent: boolean;
  message: string;
};

const BEFORE_CONNECTION: Readonly<Record<string, Exclude<NetworkFailureKind, "connection_lost">>> =
  {
    ECONNREFUSED: "connection_refused",
    ENOTFOUND: "dns_failure",
    EAI_AGAIN: "dns_failure",
    EAI_NONAME: "dns_failure",
    ENETUNREACH: "network_unreachable",
    EHOSTUNREACH: "network_unreachable",
    EADDRNOTAVAIL: "network_unreachable",
    UND_ERR_CONNECT_TIMEOUT: "connect_timeout",
    CERT_HAS_EXPIRED: "tls_failure",
    DEPTH_ZERO_SELF_SIGNED_CERT: "tls_failure",
    SELF_SIGNED_CERT_IN_CHAIN: "tls_failure",
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: "tls_failure",
    ERR_TLS_CERT_ALTNAME_INVALID: "tls_failure",
  };

function codeOf(value: unknown): string | undefined {
  if (value !== null && typeof value === "object" && "code" in value) {
    const code = value.code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** Finds the most specific error code: the cause's, or the shared code of an AggregateError. */
function findCode(error: unknown): string | undefined {
  const cause =
    error !== null && typeof error === "object" && "cause" in error ? error.cause : undefined;
  for (const candidate of [cause, error]) {
    const direct = codeOf(candidate);
    if (direct) return direct;
    // Happy-eyeballs connects to IPv4 and IPv6 at once and fails with an AggregateError.
    if (candidate instanceof AggregateError) {
      const codes = new Set(candidate.errors.map(codeOf));
      if (codes.size === 1) return [...codes][0];
    }
  }
  return undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.message}${cause}`;
  }
  return String(error);
}

/** fetch refuses some URLs itself (blocked ports such as 1 or 6000, unparsable URLs). */
function refusedByFetch(error: unknown, code: string | undefined): boolean {
  if (code === "ERR_INVALID_URL") return true;
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof Error && cause.message === "bad port";
}

export function classifyNetworkError(error: unknown): NetworkFailure {
  const code = findCode(error);
  if (refusedByFetch(error, code)) {
    return { kind: "invalid_address", code, neverSent: true, message: messageOf(error) };
  }
  const kind = code ? BEFORE_CONNECTION[code] : undefined;
  return {
    kind: kind ?? "connection_lost",
    code,
    neverSent: kind !== undefined,
    message: messageOf(error),
  };
}
