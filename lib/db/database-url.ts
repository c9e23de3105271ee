// Which database a DATABASE_URL names. Plain module: the Prisma config, scripts and the app share it.

export type Dialect = "sqlite" | "postgresql";

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

export const isSqliteUrl = (url: string): boolean => url.startsWith("file:");

/** The dialect of a DATABASE_URL; throws for anything else (lib/env-schema.ts refuses it first). */
export function dialectOfUrl(url: string): Dialect {
  if (isSqliteUrl(url)) return "sqlite";
  if (isPostgresUrl(url)) return "postgresql";
  throw new Error("DATABASE_URL must be file:<path> (SQLite) or postgresql://… (PostgreSQL)");
}

/** The file of a file: URL, as given (relative paths are relative to the working directory). */
export const sqliteFileOf = (url: string): string => url.slice("file:".length);
