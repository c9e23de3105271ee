// `npm run worker`: a delivery worker on its own process, next to the Kabar server's own or instead
// of it (KABAR_DELIVERY_IN_SERVER=false). Any number may run, on one machine or several, against
// one database: none sends a request twice. SIGINT / SIGTERM stop it cleanly (what is in flight is
// recorded, what had not left goes back to the queue); a crash is recovered by the others, or by
// this one when it starts again.
//
// Usage: npm run worker            (DATABASE_URL and the rest as for the app)
import { startCampaignFeeder } from "@/lib/campaigns/start-feeder";
import { startDeliveryEngine } from "@/lib/delivery/engine";

const worker = await startDeliveryEngine();
// Running campaigns are fed to the engine from here too (lib/campaigns/feed.ts).
const feeder = startCampaignFeeder();
console.log(`Delivery worker ${worker.id} running. Stop with Ctrl+C.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void Promise.all([feeder.stop(), worker.stop()]).then(() => process.exit(0));
  });
}
