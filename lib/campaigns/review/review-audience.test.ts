// The review of a campaign from a bad spreadsheet: invalid numbers with reasons, duplicates
// merged, an opted-out number, a missing variable, a value Damcorp would refuse; each kept
// recipient's request built through personalise (its own values), the rejected rows as CSV.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildAudience, type AudienceDeps } from "@/lib/campaigns/audience/build-audience";
import { audienceSourcesSchema } from "@/lib/campaigns/audience/types";
import { recipientRequest } from "@/lib/campaigns/personalise";
import { emptyDraft } from "@/lib/composer/kinds";
import { sandboxTemplates } from "@/lib/templates/sandbox-templates";
import { rejectedRowsCsv } from "./rejected-rows-csv";
import { reviewAudience } from "./review-audience";

const welcome = sandboxTemplates.find((t) => t.name === "welcome_msg")!;
const message = { ...emptyDraft("template"), templateId: "t-welcome" } as ReturnType<
  typeof emptyDraft
>;

const deps = (optedOut: string[] = []): AudienceDeps => ({
  openUpload: () => Promise.reject(new Error("no uploads here")),
  pickContacts: async function* () {},
  contactsByNumber: async () => new Map(),
  optedOut: async (digits) => new Set(digits.filter((d) => optedOut.includes(d))),
});

const text = [
  "nama\tno_hp\ttoko",
  "Siti\t081234567890\tToko Maju",
  "Budi\t12345\tToko Jaya",
  "Rina\t0813 1111 2222\t",
  "Siti lagi\t+62 812 3456 7890\tToko Lain",
  "Ani\t0857 0000 1111\tToko Ani",
  "Eka\t0858 2222 3333\tToko Eka",
].join("\n");

async function audience(optedOut: string[] = []) {
  const built = await buildAudience(
    audienceSourcesSchema.parse([{ kind: "paste", text }]),
    deps(optedOut),
  );
  if (!built.ok) throw new Error("audience");
  return built.audience;
}

const mapping = {
  "body.1": { from: { source: "column" as const, column: "nama" }, skipIfEmpty: false },
  "body.2": { from: { source: "column" as const, column: "toko" }, skipIfEmpty: false },
};
const rate = { limit: 2, periodMs: 1000 };

describe("the review of a campaign", () => {
  it("counts every row and plans only the recipients that will be sent", async () => {
    const review = reviewAudience({
      audience: await audience(["6285700001111"]),
      message,
      template: welcome,
      mapping,
      rate,
    });
    expect(review.figures).toMatchObject({
      totalRows: 6,
      validRecipients: 4,
      invalidNumbers: 1,
      duplicatesMerged: 1,
      optedOutSkipped: 1,
      missingValue: 1,
      skippedEmpty: 0,
      unbuildable: 0,
      toSend: 2,
      windowRisk: false,
      estimatedSeconds: 1,
    });
    expect(review.figures.invalidReasons).toEqual([
      { code: "invalid_number", count: 1, example: expect.stringMatching(/\.$/) },
    ]);
    expect(review.figures.missingByPlaceholder).toEqual([
      { id: "body.2", label: "Body {{2}}", count: 1 },
    ]);
    expect(review.recipients).toEqual([
      {
        row: 1,
        to: "6281234567890",
        name: "Siti",
        values: { "body.1": "Siti", "body.2": "Toko Maju" },
      },
      {
        row: 4,
        to: "6285822223333",
        name: "Eka",
        values: { "body.1": "Eka", "body.2": "Toko Eka" },
      },
    ]);
    // Each recipient's request carries its own values (never the first row's for everyone).
    const bodies = review.recipients.map((r) => {
      const built = recipientRequest(message, r, welcome);
      if (!built.ok) throw new Error(built.problems.join());
      return built.plan.request.body;
    });
    expect(bodies.map((b) => [b.to, b.param])).toEqual([
      [["+6281234567890"], ["Siti", "Toko Maju"]],
      [["+6285822223333"], ["Eka", "Toko Eka"]],
    ]);
  });

  it("uses the fallback, or skips the row when told to", async () => {
    const withFallback = reviewAudience({
      audience: await audience(),
      message,
      template: welcome,
      mapping: { ...mapping, "body.2": { ...mapping["body.2"], fallback: "toko kami" } },
      rate,
    });
    expect(withFallback.figures.missingValue).toBe(0);
    expect(withFallback.recipients.find((r) => r.to === "6281311112222")?.values["body.2"]).toBe(
      "toko kami",
    );
    const skipping = reviewAudience({
      audience: await audience(),
      message,
      template: welcome,
      mapping: { ...mapping, "body.2": { ...mapping["body.2"], skipIfEmpty: true } },
      rate,
    });
    expect(skipping.figures).toMatchObject({ missingValue: 0, skippedEmpty: 1, toSend: 3 });
  });

  it("refuses a row whose value Damcorp would refuse, and flags the window risk of a text", async () => {
    const longName = "x".repeat(5000);
    const built = await buildAudience(
      audienceSourcesSchema.parse([
        { kind: "paste", text: `phone\tnama\n081234567890\t${longName}\n` },
      ]),
      deps(),
    );
    if (!built.ok) throw new Error("audience");
    const textMessage = { ...emptyDraft("text"), body: "Halo {{1}}" };
    const review = reviewAudience({
      audience: built.audience,
      message: textMessage,
      mapping: { "body.1": { from: { source: "column", column: "nama" }, skipIfEmpty: false } },
      rate: { limit: 60, periodMs: 60_000 },
    });
    expect(review.figures).toMatchObject({ unbuildable: 1, toSend: 0, windowRisk: true });
    expect(review.rejections.get(1)?.reason).toMatch(/longer than 1024 characters/);
  });

  it("writes the rejected rows as CSV with their reasons and original cells", async () => {
    const a = await audience(["6285700001111"]);
    const review = reviewAudience({ audience: a, message, template: welcome, mapping, rate });
    const csv = rejectedRowsCsv(a, review.rejections);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[0]).toEqual(["Source", "Row", "Number", "Problem", "Reason", "Cells"]);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
      ["3", "", "Invalid row"],
      ["4", "+6281311112222", "Missing a value"],
      ["6", "+6285700001111", "Opted out"],
    ]);
    expect(rows[1]!.slice(5)).toEqual(["Budi", "12345", "Toko Jaya"]);
  });
});
