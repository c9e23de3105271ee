import { readdirSync, writeFileSync } from "node:fs";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads each request's language and catalogue from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Separate build folders let several test runs build side by side (scripts/lib/test-env.mjs).
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/**
 * The tsconfig the build type-checks with. Next.js adds its build folder's generated types to
 * the tsconfig it is given; for a folder other than .next that would rewrite the tracked
 * tsconfig.json, so such a build gets its own (untracked, beside the folder) that extends it.
 */
function tsconfigFor(dir) {
  if (dir === ".next") return "tsconfig.json";
  const file = `${dir}.tsconfig.json`;
  const otherBuilds = readdirSync(".", { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(".next") && entry.name !== dir)
    .map((entry) => entry.name);
  const config = {
    extends: "./tsconfig.json",
    include: [
      "next-env.d.ts",
      "**/*.ts",
      "**/*.tsx",
      `${dir}/types/**/*.ts`,
      `${dir}/dev/types/**/*.ts`,
    ],
    exclude: ["node_modules", "data", "test-results", "playwright-report", ...otherBuilds],
  };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  distDir,
  poweredByHeader: false,
  typescript: { tsconfigPath: tsconfigFor(distDir) },
  reactStrictMode: true,
  // forbidden() for pages a role may not open.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
