// Where `next start` listens (`npm start`, `npm run demo`): KABAR_HOST, by default this machine
// only (127.0.0.1) — the demo's passwords are published, and behind a reverse proxy Kabar should
// be reached through the proxy alone (KABAR_TRUSTED_PROXIES believes what the proxy appends).
// KABAR_DEMO_HOST is the older name, still read. lib/env-schema.ts validates the value when the
// server starts.
export const DEFAULT_HOST = "127.0.0.1";

export function kabarHost(env) {
  return env.KABAR_HOST?.trim() || env.KABAR_DEMO_HOST?.trim() || DEFAULT_HOST;
}

/** `next start`'s arguments: its port and the one address it listens on. */
export function startArgs(env, port) {
  return ["start", "-p", String(port), "-H", kabarHost(env)];
}
