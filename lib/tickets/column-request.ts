// What the board asks /api/tickets for: one page of one column in a date range.
import { z } from "zod";
import { isCalendarDay } from "@/lib/time/days";
import { BOARD_STATUSES } from "./types";

const day = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .refine(isCalendarDay, `${label} must be a date (YYYY-MM-DD)`);

export const MAX_PER_PAGE = 100;

export const columnRequestSchema = z
  .object({
    status: z.enum(BOARD_STATUSES, { error: 'Status must be "open", "processing" or "closed"' }),
    from: day("Start date"),
    to: day("End date"),
    page: z.coerce.number().int().min(1, "Page must be 1 or more").max(10_000).default(1),
    perPage: z.coerce
      .number()
      .int()
      .min(1, "Tickets per page must be 1 or more")
      .max(MAX_PER_PAGE, `Tickets per page can be at most ${MAX_PER_PAGE}`)
      .default(20),
  })
  .refine((r) => r.from <= r.to, {
    path: ["to"],
    message: "The end date must be on or after the start date",
  });
export type ColumnRequest = z.output<typeof columnRequestSchema>;
