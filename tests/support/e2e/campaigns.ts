// Browser tests of the campaign pages write a launched campaign straight into the e2e database,
// as launchCampaign leaves it (the sandbox's welcome_msg template frozen, recipients planned with
// their own values, running or paused): the server's own feeder then hands it to the delivery
// engine and the sandbox. (A template, as a real campaign sends: a plain text outside the
// customer's 24-hour window is refused with 470.)
import { newId } from "../../../lib/db/time-ordered-id";
import { dbTime } from "../../../lib/demo-data/send-writer";
import { sandboxTemplates } from "../sandbox-templates";
import { demoAccounts } from "./auth";
import { demoSender, demoUserId, e2eDatabase } from "./database";

export type SeedRecipient = { to: string; name: string };

/** A campaign launched by the demo admin from the seeded sender; its id. */
export function insertLaunchedCampaign(c: {
  name: string;
  status: "running" | "paused";
  recipients: SeedRecipient[];
}): string {
  const db = e2eDatabase();
  const id = newId();
  const now = dbTime(new Date());
  const admin = demoUserId(demoAccounts.admin);
  const template = sandboxTemplates.welcome_msg;
  const message = {
    kind: "template",
    templateId: `e2e-${template.name}`,
    bodyParams: ["", ""],
    buttons: [],
    cards: [],
  };
  db.prepare(
    `INSERT INTO "Campaign" ("id","name","status","senderId","message","template","templateName",
       "summary","createdById","launchedById","launchedAt","startedAt","pausedAt","recipientCount",
       "createdAt","updatedAt")
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  ).run(
    id,
    c.name,
    c.status,
    demoSender().id,
    JSON.stringify(message),
    JSON.stringify(template),
    template.name,
    `${template.name}: ${template.body}`,
    admin,
    admin,
    now,
    now,
    c.status === "paused" ? now : null,
    c.recipients.length,
    now,
    now,
  );
  const insert = db.prepare(
    `INSERT INTO "CampaignRecipient" ("id","campaignId","row","to","name","values","status",
       "feeds","createdAt","updatedAt") VALUES (?,?,?,?,?,?,'planned',0,?,?)`,
  );
  db.transaction(() => {
    c.recipients.forEach((r, i) =>
      insert.run(
        newId(),
        id,
        i + 2,
        r.to,
        r.name,
        JSON.stringify({ "body.1": r.name, "body.2": "Toko Kabar" }),
        now,
        now,
      ),
    );
  })();
  return id;
}
