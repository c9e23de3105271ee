import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/** The zone a user reads times in: their own setting, else Kabar's (KABAR_TIME_ZONE). */
export async function getUserTimeZone(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return user?.timeZone ?? env.KABAR_TIME_ZONE;
}
