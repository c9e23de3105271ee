// Creates an admin account from the command line: the first admin on a headless server, or a way
// back in when every admin is locked out.
//
// Usage:
//   npm run users:create-admin -- --email ops@example.com --name "Ops Admin"
// The password is read from KABAR_ADMIN_PASSWORD when set, otherwise from standard input
// (typed without echo on a terminal, or piped: `printf '%s' "$PW" | npm run users:create-admin -- …`).
// DATABASE_URL as for the app. The same password policy as the app applies.
import { Writable } from "node:stream";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { envSchema } from "@/lib/env-schema";
import { hashPassword } from "@/lib/auth/password-hash";
import { createUserSchema } from "@/lib/users/schema";

export class CreateAdminError extends Error {}

/** Validates like the users page, creates the admin and writes the audit event. */
export async function createAdmin(
  db: Db,
  input: { email?: string; name?: string; password: string },
): Promise<{ id: string; email: string }> {
  const parsed = createUserSchema.safeParse({ ...input, role: "admin" });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "input"}: ${i.message}`);
    throw new CreateAdminError(`Cannot create the admin:\n${lines.join("\n")}`);
  }
  const { email, name, password } = parsed.data;
  if (await db.user.findUnique({ where: { email } })) {
    throw new CreateAdminError(
      `A user with email ${email} already exists: reset their password or role on the users page instead.`,
    );
  }
  const user = await db.user.create({
    data: { email, name, role: "admin", passwordHash: await hashPassword(password) },
  });
  await db.auditEvent.create({
    data: {
      action: "user.created",
      actorEmail: "command line (users:create-admin)",
      target: `user:${user.id}`,
      detail: JSON.stringify({ email, role: "admin", via: "cli" }),
    },
  });
  return { id: user.id, email };
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.KABAR_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) {
    // Echo goes to a sink so the password never shows on screen.
    process.stderr.write("Password for the new admin (not shown): ");
    const sink = new Writable({ write: (_chunk, _enc, done) => done() });
    const rl = createInterface({ input: process.stdin, output: sink, terminal: true });
    const answer = await rl.question("");
    rl.close();
    process.stderr.write("\n");
    return answer;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline is how `echo` ends a line, not part of the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" } },
    strict: true,
  });
  if (!values.email || !values.name) {
    throw new CreateAdminError(
      'Usage: npm run users:create-admin -- --email ops@example.com --name "Ops Admin"\n' +
        "The password comes from KABAR_ADMIN_PASSWORD or standard input.",
    );
  }
  const password = await readPassword();
  const databaseUrl = envSchema.shape.DATABASE_URL.parse(process.env.DATABASE_URL);
  const db = createPrismaClient(databaseUrl);
  try {
    const admin = await createAdmin(db, { email: values.email, name: values.name, password });
    console.log(`Admin ${admin.email} created. They can sign in now.`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
