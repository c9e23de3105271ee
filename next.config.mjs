/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  // Separate build folders let several test runs build side by side (scripts/lib/test-env.mjs).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Types are checked once per CI run by `tsc` in npm test; not again inside the build.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // forbidden() for pages a role may not open.
  experimental: { authInterrupts: true },
};

export default nextConfig;
