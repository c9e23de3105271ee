// Candidate rows → the audience: each number read the way the contacts import reads it (the
// spreadsheet kernel's phone cell: Excel's dropped 0s and scientific notation), refused rows kept
// with their reason, a repeated number merged into its first row (its empty values filled from
// the later row), opted-out numbers flagged. Pure: the caller gives the opt-out lookup.
import type { PhoneNormalizer } from "@/lib/phone/bulk-normalize";
import { readPhoneCell } from "@/lib/spreadsheet/phone-cell";
import type { Audience, AudienceMember, CandidateRow, RejectedRow } from "./types";

export type AudienceCollector = {
  add: (row: CandidateRow) => void;
  reject: (row: RejectedRow) => void;
  /** Column names and attribute keys the sources offer, in the order they were met. */
  offer: (names: { columns?: readonly string[]; attributeKeys?: readonly string[] }) => void;
  /** Numbers (digits) of the members so far, for the opt-out lookup. */
  numbers: () => string[];
  finish: (optedOut: ReadonlySet<string>) => Audience;
};

const fillEmpty = (into: Record<string, string>, from: Record<string, string>) => {
  for (const [key, value] of Object.entries(from)) if (!into[key]) into[key] = value;
};

export function createAudienceCollector(normalize: PhoneNormalizer): AudienceCollector {
  const members: AudienceMember[] = [];
  const byNumber = new Map<string, AudienceMember>();
  const rejected: RejectedRow[] = [];
  const columns = new Set<string>();
  const attributeKeys = new Set<string>();
  let totalRows = 0;
  let duplicates = 0;

  return {
    add(row) {
      totalRows += 1;
      const phone = readPhoneCell(row.phone, {
        storedAsNumber: row.phoneStoredAsNumber,
        normalize,
      });
      if (!phone.ok) {
        rejected.push({
          source: row.source,
          sourceIndex: row.sourceIndex,
          sourceRow: row.sourceRow,
          code: phone.code,
          reason: phone.message,
          cells: row.cells,
        });
        return;
      }
      for (const key of Object.keys(row.attributes)) attributeKeys.add(key);
      const first = byNumber.get(phone.digits);
      if (first) {
        duplicates += 1;
        first.merged.push({
          source: row.source,
          sourceIndex: row.sourceIndex,
          sourceRow: row.sourceRow,
        });
        first.name ??= row.name;
        first.contactId ??= row.contactId;
        fillEmpty(first.columns, row.columns);
        fillEmpty(first.attributes, row.attributes);
        return;
      }
      const member: AudienceMember = {
        row: members.length + 1,
        source: row.source,
        sourceIndex: row.sourceIndex,
        sourceRow: row.sourceRow,
        to: phone.digits,
        ...(phone.note ? { note: phone.note } : {}),
        ...(row.name ? { name: row.name } : {}),
        ...(row.contactId ? { contactId: row.contactId } : {}),
        columns: { ...row.columns },
        attributes: { ...row.attributes },
        merged: [],
        optedOut: false,
      };
      members.push(member);
      byNumber.set(phone.digits, member);
    },
    reject(row) {
      totalRows += 1;
      rejected.push(row);
    },
    offer(names) {
      for (const name of names.columns ?? []) columns.add(name);
      for (const key of names.attributeKeys ?? []) attributeKeys.add(key);
    },
    numbers: () => [...byNumber.keys()],
    finish(optedOut) {
      let flagged = 0;
      for (const member of members) {
        member.optedOut = optedOut.has(member.to);
        if (member.optedOut) flagged += 1;
      }
      return {
        totalRows,
        members,
        rejected,
        duplicates,
        optedOut: flagged,
        columns: [...columns],
        attributeKeys: [...attributeKeys].sort(),
      };
    },
  };
}
