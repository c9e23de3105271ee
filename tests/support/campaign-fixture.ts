// A launched campaign made through the campaigns services, for integration tests, the browser
// tests' set-up and scripts/bench-campaign.ts: a user, a sender with the sandbox's token, the
// sandbox's welcome_msg template saved, a draft with recipients and their own values.
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/create-client";
import { newId } from "@/lib/db/time-ordered-id";
import { sealSecret } from "@/lib/security/secrets";
import { toTemplateRowData } from "@/lib/templates/template-row";
import type { CampaignRecipientInput } from "@/lib/campaigns/schema";
import { sandboxTemplates } from "./sandbox-templates";
import { SANDBOX_TOKEN } from "./sandbox-harness";

export async function campaignActor(db: Db, role: "admin" | "agent" = "agent"): Promise<Actor> {
  const email = `${role}-${newId()}@campaigns.test`;
  const user = await db.user.create({
    data: { email, name: `Campaign ${role}`, role, passwordHash: "x" },
  });
  return {
    user: { id: user.id, email, name: user.name, role, sessionId: "s", timeZone: "Asia/Jakarta" },
    ip: "203.0.113.9",
  };
}

let senders = 0;
/** A sender of its own (its own pace row) with the sandbox's token. */
export async function sandboxSender(db: Db): Promise<string> {
  senders += 1;
  const row = await db.senderNumber.create({
    data: {
      label: `Campaign sender ${senders}`,
      number: `+62811${String(process.pid % 1e4).padStart(4, "0")}${String(senders).padStart(3, "0")}`,
      tokenCipher: sealSecret(SANDBOX_TOKEN),
      tokenLast4: "oken",
    },
  });
  return row.id;
}

/** welcome_msg ("Halo {{1}}, selamat datang di {{2}}!") saved, its id. */
export async function welcomeTemplate(db: Db): Promise<string> {
  const existing = await db.template.findFirst({
    where: { name: "welcome_msg", deletedAt: null },
  });
  if (existing) return existing.id;
  const row = await db.template.create({ data: toTemplateRowData(sandboxTemplates.welcome_msg) });
  return row.id;
}

/** `count` recipients with their own name and shop: 62812<pid><n>, values body.1 / body.2. */
export function personalRecipients(count: number, prefix = "62813"): CampaignRecipientInput[] {
  const pid = String(process.pid % 1e3).padStart(3, "0");
  return Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    to: `${prefix}${pid}${String(i + 1).padStart(5, "0")}`,
    values: { "body.1": `Pelanggan ${i + 1}`, "body.2": `Toko ${i + 1}` },
    name: `Pelanggan ${i + 1}`,
  }));
}

export const welcomeMessage = (templateId: string) => ({
  kind: "template" as const,
  templateId,
  bodyParams: ["", ""],
  buttons: [],
  cards: [],
});
