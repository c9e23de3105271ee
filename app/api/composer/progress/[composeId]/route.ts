import { NextResponse } from "next/server";
import { z } from "zod";
import { canSend } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { getComposeState } from "@/lib/sends/get-compose-state";

export const dynamic = "force-dynamic";

/**
 * GET /api/composer/progress/{composeId} — what the delivery engine is doing with a compose: each
 * request queued, waiting (why, until when), sending, or its outcome.
 */
export const GET = guardedRoute(
  {
    name: "composer.progress",
    roles: canSend,
    params: z.object({ composeId: z.string().uuid("Not a compose id") }),
    invalidMessage: "The composer asked about a send Kabar cannot read.",
  },
  async (_request, { params, user }) => {
    const state = await getComposeState(params.composeId, { timeZone: user.timeZone });
    return NextResponse.json(state, { headers: { "Cache-Control": "no-store" } });
  },
);
