import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { roleAllows, canSend } from "@/lib/auth/roles";

export default async function HomePage() {
  const user = await getCurrentUser();
  redirect(user && roleAllows(user.role, canSend) ? "/composer" : "/history");
}
