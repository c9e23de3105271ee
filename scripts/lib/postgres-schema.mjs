// The PostgreSQL schema is derived from the one source schema (prisma/schema.prisma), never edited:
// the datasource provider becomes "postgresql" and the client is generated into its own folder.
// Used by prisma.config.ts (every Prisma command on a postgresql:// URL), `npm run db:generate` and
// the migration command. Plain Node: it runs before TypeScript tooling is there.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const sourceSchemaPath = "prisma/schema.prisma";
export const postgresSchemaPath = "lib/generated/postgres/schema.prisma";

const header =
  "// GENERATED from prisma/schema.prisma by scripts/lib/postgres-schema.mjs: do not edit.\n" +
  "// Change prisma/schema.prisma instead; this file is rewritten by every Prisma command.\n\n";

/** Rewrites one attribute inside one named block, failing loudly when the block changed shape. */
function replaceInBlock(text, blockStart, attribute, from, to) {
  const start = text.indexOf(blockStart);
  const end = start < 0 ? -1 : text.indexOf("}", start);
  const pattern = new RegExp(`(\\n\\s*${attribute}\\s*=\\s*)"${from}"`);
  const block = start < 0 ? "" : text.slice(start, end);
  if (!pattern.test(block)) {
    throw new Error(
      `${sourceSchemaPath}: expected ${attribute} = "${from}" in \`${blockStart}\` (the PostgreSQL schema is derived from it)`,
    );
  }
  return text.slice(0, start) + block.replace(pattern, `$1"${to}"`) + text.slice(end);
}

/** The PostgreSQL schema text for a source (SQLite) schema text. */
export function derivePostgresSchema(source) {
  let text = replaceInBlock(source, "datasource db {", "provider", "sqlite", "postgresql");
  text = replaceInBlock(
    text,
    "generator client {",
    "output",
    "../lib/generated/prisma",
    "../prisma-postgres",
  );
  return header + text;
}

/** Writes a derived schema next to the generated clients (only when it changed); returns its path. */
export function writePostgresSchema({ from = sourceSchemaPath, to = postgresSchemaPath } = {}) {
  const text = derivePostgresSchema(readFileSync(from, "utf8"));
  if (!existsSync(to) || readFileSync(to, "utf8") !== text) {
    mkdirSync(path.dirname(to), { recursive: true });
    writeFileSync(to, text);
  }
  return to;
}
