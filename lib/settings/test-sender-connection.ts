import "server-only";
import { getSenderCredentialsOrThrow } from "@/lib/senders/get-sender-credentials";
import { testWhatsappToken } from "./test-connection";
import type { ConnectionResult } from "./connection-result";

/** "Test connection" for one sender number (stored or environment) with its own token. */
export async function testSenderConnection(senderId: string): Promise<ConnectionResult> {
  const { token } = await getSenderCredentialsOrThrow(senderId);
  return testWhatsappToken(token);
}
