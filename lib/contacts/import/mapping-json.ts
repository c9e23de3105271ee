// What the person chose in the mapping step, as stored on the import.
import { z } from "zod";
import { columnMappingSchema } from "@/lib/spreadsheet/mapping";
import { parseTagList } from "../schema";

export const importSettingsSchema = z.object({
  header: z.enum(["auto", "present", "absent"]).default("auto"),
  columns: columnMappingSchema,
  /** Tags given to every contact of the file (e.g. the campaign it is for). */
  tagAll: z
    .union([z.string().max(500), z.array(z.string().max(100)).max(50)])
    .default("")
    .transform((v) => parseTagList(Array.isArray(v) ? v.join(",") : v)),
});
export type ImportSettings = z.output<typeof importSettingsSchema>;
