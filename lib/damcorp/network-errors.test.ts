import { describe, expect, it } from "vitest";
import { classifyNetworkError } from "./network-errors";

function fetchFailed(cause: unknown): TypeError {
  return new TypeError("fetch failed", { cause });
}

function codeError(code: string): Error {
  return Object.assign(new Error(`connect ${code}`), { code });
}

describe("classifyNetworkError", () => {
  it("connection refused was never sent", () => {
    expect(classifyNetworkError(fetchFailed(codeError("ECONNREFUSED")))).toMatchObject({
      kind: "connection_refused",
      code: "ECONNREFUSED",
      neverSent: true,
    });
  });

  it("reads the shared code of an AggregateError (IPv4 + IPv6 both refused)", () => {
    const aggregate = Object.assign(
      new AggregateError([codeError("ECONNREFUSED"), codeError("ECONNREFUSED")]),
      {},
    );
    expect(classifyNetworkError(fetchFailed(aggregate))).toMatchObject({
      kind: "connection_refused",
      neverSent: true,
    });
  });

  it("DNS, unreachable, connect timeout and TLS failures were never sent", () => {
    expect(classifyNetworkError(fetchFailed(codeError("ENOTFOUND")))).toMatchObject({
      kind: "dns_failure",
      neverSent: true,
    });
    expect(classifyNetworkError(fetchFailed(codeError("EAI_AGAIN")))).toMatchObject({
      kind: "dns_failure",
    });
    expect(classifyNetworkError(fetchFailed(codeError("EHOSTUNREACH")))).toMatchObject({
      kind: "network_unreachable",
    });
    expect(classifyNetworkError(fetchFailed(codeError("UND_ERR_CONNECT_TIMEOUT")))).toMatchObject({
      kind: "connect_timeout",
      neverSent: true,
    });
    expect(classifyNetworkError(fetchFailed(codeError("CERT_HAS_EXPIRED")))).toMatchObject({
      kind: "tls_failure",
    });
  });

  it("a reset or closed socket may have been delivered", () => {
    expect(classifyNetworkError(fetchFailed(codeError("ECONNRESET")))).toMatchObject({
      kind: "connection_lost",
      neverSent: false,
    });
    expect(classifyNetworkError(fetchFailed(codeError("UND_ERR_SOCKET")))).toMatchObject({
      kind: "connection_lost",
    });
  });

  it("URLs fetch refuses itself (blocked port, unparsable) were never sent", () => {
    expect(classifyNetworkError(fetchFailed(new Error("bad port")))).toMatchObject({
      kind: "invalid_address",
      neverSent: true,
    });
    expect(
      classifyNetworkError(
        new TypeError("Failed to parse URL", { cause: codeError("ERR_INVALID_URL") }),
      ),
    ).toMatchObject({
      kind: "invalid_address",
      neverSent: true,
    });
  });

  it("anything unrecognised counts as possibly delivered", () => {
    expect(classifyNetworkError(new Error("boom"))).toMatchObject({
      kind: "connection_lost",
      code: undefined,
      neverSent: false,
    });
    expect(classifyNetworkError("weird")).toMatchObject({
      kind: "connection_lost",
      message: "weird",
    });
  });
});
