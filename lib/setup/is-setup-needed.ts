import "server-only";
import { db } from "@/lib/db/client";

/** True while the database has no user at all: only then may /setup create the first admin. */
export async function isSetupNeeded(): Promise<boolean> {
  return (await db.user.count()) === 0;
}
