import { z } from "zod";
import { roles } from "./roles";

/** A stored or submitted role. */
export const roleSchema = z.enum(roles);
