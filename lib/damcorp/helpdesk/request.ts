// Shared by every helpdesk call: the api-key header, and refusals parsed into HelpdeskError.
import type { z } from "zod";
import { callDamcorp, joinUrl, type CallOptions, type PathCheck } from "../call";
import { credentialsOf, type DamcorpClient } from "../client";
import type { DamcorpResult } from "../results";
import { parseHelpdeskError, type HelpdeskError } from "./helpdesk-error";

export type HelpdeskRejection = { helpdeskError: HelpdeskError };

export type HelpdeskResult<TAccepted extends object> = DamcorpResult<TAccepted, HelpdeskRejection>;

function helpdeskHeaders(client: DamcorpClient): Record<string, string> {
  return {
    "Content-Type": "application/json",
    Accept: "application/json",
    "api-key": credentialsOf(client).apiKey ?? "",
  };
}

/** GET `{helpdeskUrl}{path}?{query}`: a read, so timeouts and dropped connections are retried. */
export function helpdeskGet<TData, TAccepted extends object>(
  client: DamcorpClient,
  spec: {
    path: string;
    query: Record<string, string>;
    querySchema: z.ZodType;
    checks?: ReadonlyArray<PathCheck>;
    dataSchema: z.ZodType<TData>;
    accept: (data: TData) => TAccepted;
  },
  options?: CallOptions,
): Promise<HelpdeskResult<TAccepted>> {
  const search = new URLSearchParams(spec.query).toString();
  return callDamcorp({
    client,
    method: "GET",
    url: `${joinUrl(client.helpdeskUrl, spec.path)}${search ? `?${search}` : ""}`,
    needs: "apiKey",
    payload: spec.query,
    schema: spec.querySchema,
    checks: spec.checks,
    headers: helpdeskHeaders(client),
    idempotent: true,
    interpret: {
      dataSchema: spec.dataSchema,
      accept: spec.accept,
      reject: (code, message, data) => ({ helpdeskError: parseHelpdeskError(code, message, data) }),
    },
    options,
  });
}

/** POST a JSON body to `{helpdeskUrl}{path}`; not retried after it may have arrived. */
export function helpdeskPost<TData, TAccepted extends object>(
  client: DamcorpClient,
  spec: {
    path: string;
    body: object;
    bodySchema: z.ZodType;
    dataSchema: z.ZodType<TData>;
    accept: (data: TData) => TAccepted;
  },
  options?: CallOptions,
): Promise<HelpdeskResult<TAccepted>> {
  return callDamcorp({
    client,
    method: "POST",
    url: joinUrl(client.helpdeskUrl, spec.path),
    needs: "apiKey",
    payload: spec.body,
    schema: spec.bodySchema,
    headers: helpdeskHeaders(client),
    body: JSON.stringify(spec.body),
    idempotent: false,
    interpret: {
      dataSchema: spec.dataSchema,
      accept: spec.accept,
      reject: (code, message, data) => ({ helpdeskError: parseHelpdeskError(code, message, data) }),
    },
    options,
  });
}
