import { NextResponse } from "next/server";
import { canSend } from "@/lib/auth/roles";
import { getImportProgress } from "@/lib/contacts/import/manage-import";
import { ExpectedError } from "@/lib/errors/expected-error";
import { guardedRoute } from "@/lib/http/route-guard";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id?: string }> };

/** GET /api/contacts/imports/:id — how far an import is (the page polls it). */
export const GET = guardedRoute<Context>(
  canSend,
  "contacts.import.progress",
  async (_r, { params }) => {
    const id = (await params).id ?? "";
    if (!/^[a-z0-9]{10,40}$/.test(id))
      throw new ExpectedError("invalid_input", "That is not an import id.");
    return NextResponse.json(await getImportProgress(id), {
      headers: { "Cache-Control": "no-store" },
    });
  },
);
