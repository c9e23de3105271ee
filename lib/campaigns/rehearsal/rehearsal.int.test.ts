// A rehearsal runs the campaign against a sandbox Kabar starts for it (the repository's sandbox,
// in a child process, with the saved templates), and the configured Damcorp — a second sandbox
// standing in for it — receives nothing. Each rehearsed request carries that recipient's values.
import { afterAll, describe, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server";

const configured = await startSandbox({ port: 0 });
process.env.DAMCORP_WHATSAPP_URL = configured.url;
process.env.DAMCORP_HELPDESK_URL = configured.url;

const { db } = await import("@/lib/db/client");
const { newId } = await import("@/lib/db/time-ordered-id");
const { toTemplateRowData } = await import("@/lib/templates/template-row");
const { sandboxTemplates } = await import("@/lib/templates/sandbox-templates");
const { rehearseCampaign } = await import("./run-rehearsal");
const { emptyDraft } = await import("@/lib/composer/kinds");

afterAll(async () => {
  await configured.close();
});

const configuredRequests = async () => {
  const { requests } = (await (await fetch(`${configured.url}/__sandbox/requests`)).json()) as {
    requests: { path: string }[];
  };
  return requests.filter((r) => !r.path.startsWith("/__sandbox"));
};

describe("a campaign rehearsal", () => {
  it("sends each recipient's own request to its own sandbox, none to the configured Damcorp", async () => {
    const welcome = sandboxTemplates.find((t) => t.name === "welcome_msg")!;
    const template = await db.template.create({ data: toTemplateRowData(welcome) });
    const text = [
      "nama\tno_hp\ttoko",
      "Siti\t081234560001\tToko Maju",
      "Budi\t081234560002\tToko Jaya",
      "Budi\t12345\tToko Salah",
    ].join("\n");
    const campaign = await db.campaign.create({
      data: {
        id: newId(),
        name: "Rehearsed",
        status: "draft",
        senderId: "env",
        message: JSON.stringify({ ...emptyDraft("template"), templateId: template.id }),
        mapping: JSON.stringify({
          "body.1": { from: { source: "column", column: "nama" }, skipIfEmpty: false },
          "body.2": { from: { source: "column", column: "toko" }, skipIfEmpty: false },
        }),
        wizardState: JSON.stringify({ step: "review", sources: [{ kind: "paste", text }] }),
      },
    });

    const rehearsal = await rehearseCampaign(campaign.id);

    expect(rehearsal).toMatchObject({ rehearsed: 2, planned: 2, notBuilt: [] });
    expect(
      rehearsal.exchanges.map((e) => [
        e.path,
        e.httpStatus,
        (e.body as { param: unknown }).param,
        e.outcome,
      ]),
    ).toEqual([
      ["/whatsapp/sendHsm/welcome_msg", 200, ["Siti", "Toko Maju"], "Sent"],
      ["/whatsapp/sendHsm/welcome_msg", 200, ["Budi", "Toko Jaya"], "Sent"],
    ]);
    expect(JSON.stringify(rehearsal.exchanges)).not.toMatch(/rehearsal-[0-9a-f]{24}/);
    expect(await configuredRequests()).toEqual([]);
  }, 60_000);
});
