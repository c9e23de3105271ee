import "server-only";
import { parseEnv } from "./env-schema";

/** Kabar's validated configuration, read from process.env once. The only reader of process.env. */
export const env = parseEnv(process.env);
