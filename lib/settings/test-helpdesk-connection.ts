import "server-only";
import { ExpectedError } from "@/lib/errors/expected-error";
import { getHelpdeskApiKey } from "./get-helpdesk-api-key";
import { testHelpdeskApiKey } from "./test-connection";
import type { ConnectionResult } from "./connection-result";

/** "Test connection" for the helpdesk with the api-key in use (stored, else environment). */
export async function testHelpdeskConnection(): Promise<ConnectionResult> {
  const apiKey = await getHelpdeskApiKey();
  if (!apiKey) {
    throw new ExpectedError(
      "no_api_key",
      "No helpdesk api-key is set: save one first (or set DAMCORP_HELPDESK_API_KEY).",
    );
  }
  return testHelpdeskApiKey(apiKey);
}
