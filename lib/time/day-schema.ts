// The zod schema of a calendar day, for the filters checked on the server. Apart from
// ./days.ts so that day arithmetic in the browser does not bring zod along.
import { z } from "zod";
import { dayPattern, isCalendarDay } from "./days";

/** The value of an <input type="date">, checked. */
export const daySchema = z
  .string()
  .regex(dayPattern, "Enter a date as yyyy-mm-dd")
  .refine(isCalendarDay, "This date does not exist");
