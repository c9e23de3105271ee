// Where `npm run demo` listens. Its passwords are published (README), so it stays on this
// machine unless KABAR_DEMO_HOST says otherwise (0.0.0.0 for every interface).
export const DEFAULT_DEMO_HOST = "127.0.0.1";

/** `next start`'s arguments for the demo: its port and the one address it listens on. */
export function demoStartArgs(env, port) {
  const host = env.KABAR_DEMO_HOST?.trim() || DEFAULT_DEMO_HOST;
  return ["start", "-p", String(port), "-H", host];
}
