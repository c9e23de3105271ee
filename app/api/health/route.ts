import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health/check-health";

// Public by design (load balancers and `npm run demo` poll it): it reports reachability only,
// never configuration values or secrets.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
