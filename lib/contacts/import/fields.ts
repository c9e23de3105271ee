// What each kind of import maps columns to. Safe for client and server.
import { z } from "zod";
import type { MappingField } from "@/lib/spreadsheet/mapping";

export const IMPORT_KINDS = ["contacts", "opt_outs"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const phone: MappingField = {
  key: "phone",
  label: "Phone number",
  required: true,
  aliases: [
    "phone",
    "phonenumber",
    "number",
    "mobile",
    "whatsapp",
    "wa",
    "nowa",
    "nomorwa",
    "hp",
    "nohp",
    "nomorhp",
    "nomor",
    "telepon",
    "telp",
    "notelp",
    "notelepon",
    "msisdn",
  ],
};

export const importFields: Record<ImportKind, MappingField[]> = {
  contacts: [
    phone,
    {
      key: "name",
      label: "Name",
      aliases: ["name", "nama", "namalengkap", "fullname", "customer", "pelanggan"],
    },
    { key: "tags", label: "Tags", aliases: ["tags", "tag", "label", "labels", "grup", "group"] },
  ],
  opt_outs: [
    phone,
    {
      key: "reason",
      label: "Reason",
      aliases: ["reason", "alasan", "note", "catatan", "keterangan"],
    },
  ],
};

export const importKindTitles: Record<ImportKind, string> = {
  contacts: "Import contacts",
  opt_outs: "Opt out a list of numbers",
};

/** An import's id as URLs and actions carry it. */
export const importIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "That is not an import id");
