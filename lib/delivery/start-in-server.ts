import "server-only";
import { env } from "@/lib/env";
import { startDeliveryEngine } from "./engine";

/** The Kabar server delivers unless KABAR_DELIVERY_IN_SERVER=false (workers run elsewhere). */
export async function startDeliveryInServer(): Promise<void> {
  if (env.KABAR_DELIVERY_IN_SERVER) await startDeliveryEngine();
}
