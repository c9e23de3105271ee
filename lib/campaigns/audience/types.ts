// A campaign's audience: who the message goes to, read from spreadsheets (uploaded or pasted)
// and from contacts picked by tag or attribute, merged into one list of numbers with every row
// that was refused, merged or flagged said in words. Safe for client and server.
import { z } from "zod";

export const AUDIENCE_SOURCE_KINDS = ["file", "paste", "contacts"] as const;
export type AudienceSourceKind = (typeof AUDIENCE_SOURCE_KINDS)[number];

export const audienceSourceLabels: Record<AudienceSourceKind, string> = {
  file: "Uploaded file",
  paste: "Pasted rows",
  contacts: "Contacts",
};

export const headerChoiceSchema = z.enum(["auto", "present", "absent"]);

/** Which columns of a spreadsheet hold the number and the name; null: Kabar suggests one. */
const sheetColumnsSchema = z.object({
  header: headerChoiceSchema.default("auto"),
  phoneColumn: z.number().int().min(0).max(499).nullable().default(null),
  nameColumn: z.number().int().min(0).max(499).nullable().default(null),
});

/** Rows copied from a spreadsheet program and pasted: tab-separated, with or without header. */
export const MAX_PASTE_CHARS = 2_000_000;
export const pasteSourceSchema = sheetColumnsSchema.extend({
  kind: z.literal("paste"),
  text: z
    .string()
    .max(MAX_PASTE_CHARS, "Paste at most 2 MB of rows; upload a file for more")
    .refine((text) => text.trim() !== "", "Paste the rows from your spreadsheet"),
});

export const fileSourceSchema = sheetColumnsSchema.extend({
  kind: z.literal("file"),
  /** The upload as the server stored it (lib/campaigns/audience/uploads). */
  uploadId: z.string().regex(/^[a-z0-9-]{10,64}$/, "That is not an upload id"),
  fileName: z.string().min(1).max(255),
});

export const contactsSourceSchema = z
  .object({
    kind: z.literal("contacts"),
    tag: z.string().trim().max(40).optional(),
    attribute: z
      .string()
      .trim()
      .regex(/^[a-z0-9_]{0,40}$/, "Attribute names are lowercase letters, digits and _")
      .optional(),
    value: z.string().trim().max(1000).optional(),
  })
  .refine((pick) => Boolean(pick.tag || pick.attribute), {
    message: "Choose a tag or an attribute",
    path: ["tag"],
  });

export const audienceSourceSchema = z.union([
  fileSourceSchema,
  pasteSourceSchema,
  contactsSourceSchema,
]);
export type AudienceSource = z.output<typeof audienceSourceSchema>;
export type AudienceSourceInput = z.input<typeof audienceSourceSchema>;

export const audienceSourcesSchema = z
  .array(audienceSourceSchema)
  .min(1, "Add at least one source of recipients")
  .max(10, "At most 10 sources");

/** A row as one source gives it, before numbers are read. */
export type CandidateRow = {
  source: AudienceSourceKind;
  /** Which source of the audience (0-based), when several of one kind are combined. */
  sourceIndex: number;
  /** The spreadsheet row number (header = 1), or the contact's position in the pick. */
  sourceRow: number;
  phone: string;
  /** The phone cell held a number (XLSX): Excel may have dropped its leading 0. */
  phoneStoredAsNumber: boolean;
  name?: string;
  contactId?: string;
  /** Spreadsheet cells by column name (contacts: none). */
  columns: Record<string, string>;
  /** Contact attributes by key (spreadsheets: none). */
  attributes: Record<string, string>;
  /** The row's original cells, for the rejected-rows CSV. */
  cells: string[];
};

export type AudienceMember = {
  /** 1-based position in the audience: what the review's "row" picker asks for. */
  row: number;
  source: AudienceSourceKind;
  sourceIndex: number;
  sourceRow: number;
  /** Digits only, country code first (6281…): what Damcorp receives. */
  to: string;
  /** How the number was read, when a spreadsheet program had changed it. */
  note?: string;
  name?: string;
  contactId?: string;
  columns: Record<string, string>;
  attributes: Record<string, string>;
  /** Rows of the audience with the same number, merged into this one. */
  merged: { source: AudienceSourceKind; sourceIndex: number; sourceRow: number }[];
  optedOut: boolean;
};

export type RejectedRow = {
  source: AudienceSourceKind;
  sourceIndex: number;
  sourceRow: number;
  code: "empty" | "scientific_notation" | "lost_leading_zero" | "invalid_number" | "malformed";
  reason: string;
  cells: string[];
};

export type Audience = {
  /** Rows read from every source (data rows, not headers or empty rows). */
  totalRows: number;
  members: AudienceMember[];
  rejected: RejectedRow[];
  /** Rows merged into an earlier row with the same number. */
  duplicates: number;
  /** Members whose number opted out (kept, flagged: the campaign skips them). */
  optedOut: number;
  /** Column names offered to the variables step (every spreadsheet's, in order). */
  columns: string[];
  /** Contact attribute keys offered to the variables step. */
  attributeKeys: string[];
};
