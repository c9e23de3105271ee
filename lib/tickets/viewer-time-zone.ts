import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/** The zone a user sees times in: their own setting, else KABAR_TIME_ZONE. */
export async function getViewerTimeZone(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return user?.timeZone ?? env.KABAR_TIME_ZONE;
}
