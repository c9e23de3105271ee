// Local secrets for the demo: generated once into data/secrets.env and reused, so sessions and
// encrypted tokens survive a restart. Real deployments set these variables themselves.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function loadOrCreateLocalSecrets(dataDir = "data") {
  const file = path.join(dataDir, "secrets.env");
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(file)) {
    const lines = [
      `NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}`,
      `KABAR_SECRET_KEY=${randomBytes(32).toString("base64")}`,
    ];
    writeFileSync(file, lines.join("\n") + "\n", { mode: 0o600 });
  }
  const values = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}
