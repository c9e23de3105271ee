// Demo data: three users (one per role), a sandbox sender number, a few saved templates and, in a
// database without sends, a realistic month of send history (lib/demo-data/demo-sends.ts).
// Idempotent (upserts by natural keys): running it again changes nothing and loses nothing.
// Refuses to run unless Kabar points at the sandbox, so demo credentials never reach production.
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemoSends } from "@/lib/demo-data/demo-sends";
import { decodeKey, parseEnv } from "@/lib/env-schema";
import { sandboxToken } from "@/lib/env-defaults";
import { hashPassword } from "@/lib/auth/password-hash";
import { encryptSecret, lastFour } from "@/lib/security/secret-box";
import { sandboxTemplates } from "@/lib/templates/sandbox-templates";
import { toTemplateRowData } from "@/lib/templates/template-row";

export const DEMO_PASSWORD = "kabar-demo";
export const demoUsers = [
  { email: "admin@demo.kabar", name: "Ayu Admin", role: "admin" },
  { email: "agent@demo.kabar", name: "Budi Agent", role: "agent" },
  { email: "viewer@demo.kabar", name: "Citra Viewer", role: "viewer" },
] as const;

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "127.0.0.1" || host === "localhost" || host === "[::1]" || host === "::1";
}

async function main() {
  const env = parseEnv(process.env);
  if (!isLoopback(env.DAMCORP_WHATSAPP_URL) || !isLoopback(env.DAMCORP_HELPDESK_URL)) {
    console.error(
      "Refusing to seed demo data: DAMCORP_WHATSAPP_URL and DAMCORP_HELPDESK_URL must point at the local sandbox.",
    );
    process.exit(1);
  }
  const db = createPrismaClient(env.DATABASE_URL);
  const key = decodeKey(env.KABAR_SECRET_KEY)!;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of demoUsers) {
    await db.user.upsert({
      where: { email: user.email },
      create: { ...user, passwordHash },
      update: {},
    });
  }

  await db.senderNumber.upsert({
    where: { number: "+6281100000001" },
    create: {
      label: "Sandbox CS line",
      number: "+6281100000001",
      tokenCipher: encryptSecret(key, sandboxToken),
      tokenLast4: lastFour(sandboxToken),
      isDefault: true,
    },
    update: {},
  });

  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@demo.kabar" } });
  for (const template of sandboxTemplates) {
    const existing = await db.template.findFirst({
      where: { name: template.name, language: template.language, deletedAt: null },
    });
    if (!existing) {
      await db.template.create({ data: { ...toTemplateRowData(template), createdById: admin.id } });
    }
  }

  // Browser tests bring their own sends (scripts/e2e-prepare.mjs passes --without-sends).
  const withSends = !process.argv.includes("--without-sends");
  const operators = await db.user.findMany({
    where: { email: { in: ["admin@demo.kabar", "agent@demo.kabar"] } },
  });
  const sender = await db.senderNumber.findUniqueOrThrow({ where: { number: "+6281100000001" } });
  const history = withSends
    ? await seedDemoSends(db, { userIds: operators.map((u) => u.id), senderId: sender.id })
    : { written: 0 };

  await db.$disconnect();
  console.log(
    `Demo data ready: ${demoUsers.map((u) => u.email).join(", ")} (password ${DEMO_PASSWORD})` +
      (history.written > 0 ? `; ${history.written} demo sends over the last 30 days` : ""),
  );
}

await main();
