// The loop that feeds campaigns (lib/campaigns/feed.ts) in a process that delivers: started
// beside the delivery worker in the Kabar server and in `npm run worker`, never in a browser.
// Plain module: the worker script and tests construct it.
import os from "node:os";
import { realClock } from "@/lib/delivery/clock";
import { feedCampaigns, type FeedDeps } from "./feed";

export const FEED_POLL_MS = 250;

export class CampaignFeeder {
  private readonly stop$ = new AbortController();
  private loop: Promise<void> | null = null;
  readonly deps: FeedDeps;

  constructor(
    deps: Omit<FeedDeps, "owner" | "clock"> & Partial<Pick<FeedDeps, "owner" | "clock">>,
    private readonly pollMs = FEED_POLL_MS,
  ) {
    this.deps = {
      ...deps,
      clock: deps.clock ?? realClock,
      owner: deps.owner ?? `${os.hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`,
    };
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stop$.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stop$.signal.aborted) {
      try {
        await feedCampaigns(this.deps);
      } catch (error) {
        this.deps.log?.("error", "campaigns: feeding failed", { error });
      }
      await this.deps.clock.sleep(this.pollMs, this.stop$.signal);
    }
  }
}
