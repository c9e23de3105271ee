// The sources of an audience → one audience. The reading and merging is here; where uploads,
// contacts and opt-outs come from is given by the caller (lib/campaigns/audience/load-audience.ts
// on the server: the upload folder and the database; unit tests: their own rows).
import { createBulkPhoneNormalizer } from "@/lib/phone/bulk-normalize";
import { SpreadsheetError, type SpreadsheetSource } from "@/lib/spreadsheet";
import { createAudienceCollector } from "./collect";
import { pastedSource, readSheetInto, SheetColumnsError, type SheetSummary } from "./read-sheet";
import type { Audience, AudienceSource, CandidateRow } from "./types";

export type PickedContact = {
  id: string;
  e164: string;
  name: string | null;
  attributes: Record<string, string>;
};

export type AudienceDeps = {
  openUpload: (uploadId: string, fileName: string) => Promise<SpreadsheetSource>;
  /** Contacts by tag and/or attribute (value), in a stable order. */
  pickContacts: (pick: {
    tag?: string;
    attribute?: string;
    value?: string;
  }) => AsyncIterable<PickedContact[]>;
  /** Attributes of the contacts with these numbers (digits), keyed by digits. */
  contactsByNumber: (digits: string[]) => Promise<Map<string, PickedContact>>;
  /** Which of these numbers (digits) opted out. */
  optedOut: (digits: string[]) => Promise<Set<string>>;
};

/** What went wrong with one source, said next to it in the audience step. */
export type SourceProblem = { sourceIndex: number; message: string };

export type BuiltAudience =
  | { ok: true; audience: Audience; sheets: (SheetSummary | null)[] }
  | { ok: false; problems: SourceProblem[]; sheets: (SheetSummary | null)[] };

export async function buildAudience(
  sources: readonly AudienceSource[],
  deps: AudienceDeps,
): Promise<BuiltAudience> {
  const collector = createAudienceCollector(createBulkPhoneNormalizer());
  const problems: SourceProblem[] = [];
  const sheets: (SheetSummary | null)[] = [];
  for (const [sourceIndex, source] of sources.entries()) {
    if (source.kind === "contacts") {
      sheets.push(null);
      let position = 0;
      for await (const page of deps.pickContacts(source)) {
        for (const contact of page) {
          position += 1;
          const row: CandidateRow = {
            source: "contacts",
            sourceIndex,
            sourceRow: position,
            phone: contact.e164,
            phoneStoredAsNumber: false,
            ...(contact.name ? { name: contact.name } : {}),
            contactId: contact.id,
            columns: {},
            attributes: contact.attributes,
            cells: [contact.e164, contact.name ?? ""],
          };
          collector.add(row);
        }
      }
      if (position === 0)
        problems.push({ sourceIndex, message: "No contacts match this tag or attribute." });
      continue;
    }
    try {
      const spreadsheet =
        source.kind === "paste"
          ? pastedSource(source.text)
          : await deps.openUpload(source.uploadId, source.fileName);
      sheets.push(
        await readSheetInto(collector, spreadsheet, source, { source: source.kind, sourceIndex }),
      );
    } catch (error) {
      if (error instanceof SheetColumnsError) {
        sheets.push(error.summary);
        problems.push({ sourceIndex, message: error.message });
      } else if (error instanceof SpreadsheetError) {
        sheets.push(null);
        problems.push({ sourceIndex, message: error.message });
      } else throw error;
    }
  }
  if (problems.length > 0) return { ok: false, problems, sheets };

  // A spreadsheet row whose number is a contact gets the contact's attributes too.
  const numbers = collector.numbers();
  const known = await deps.contactsByNumber(numbers);
  const audience = collector.finish(await deps.optedOut(numbers));
  for (const member of audience.members) {
    const contact = known.get(member.to);
    if (!contact) continue;
    member.contactId ??= contact.id;
    if (!member.name && contact.name) member.name = contact.name;
    for (const [key, value] of Object.entries(contact.attributes)) member.attributes[key] ??= value;
  }
  audience.attributeKeys = [
    ...new Set([
      ...audience.attributeKeys,
      ...[...known.values()].flatMap((c) => Object.keys(c.attributes)),
    ]),
  ].sort();
  return { ok: true, audience, sheets };
}
