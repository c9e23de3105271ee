import "server-only";
import { db } from "@/lib/db/client";
import { defaultSendRate } from "@/lib/delivery/engine";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { CampaignFeeder } from "./feeder";

const shared = globalThis as unknown as { kabarCampaignFeeder?: CampaignFeeder };

/** Starts this process's campaign feeder once; where a delivery worker runs, one runs beside it. */
export function startCampaignFeeder(): CampaignFeeder {
  if (shared.kabarCampaignFeeder) return shared.kabarCampaignFeeder;
  const feeder = new CampaignFeeder({
    db,
    rateOf: () => defaultSendRate,
    leaseMs: env.KABAR_DELIVERY_LEASE_MS,
    log: (level, message, fields) => logger[level](message, fields as Record<string, unknown>),
  });
  shared.kabarCampaignFeeder = feeder;
  feeder.start();
  return feeder;
}
