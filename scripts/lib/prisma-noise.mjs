// Lines Prisma's CLI prints on every run that are not news for Kabar's operators:
// - the config notices ("Loaded Prisma config…", "Prisma config detected…");
// - the driver-adapter warning about the schema's `url`. Kabar keeps `url = env("DATABASE_URL")`
//   in prisma/schema.prisma on purpose: without it Prisma 6.19 tries to download a query engine,
//   which fails offline (../shared/PLATFORM.md), so the warning is known and answered here.
// Everything else (what was applied, every error) is kept.
const NOTICES = [/^Loaded Prisma config from /, /^Prisma config detected, skipping /];
const URL_WARNING_START = /^WARNING: Your schema specifies the following datasource properties/;
const URL_WARNING_END = /^We recommend you to remove those properties/;

/** Prisma's output without the known notices and the `url` warning, blank runs squeezed. */
export function withoutPrismaNoise(text) {
  const kept = [];
  let inWarning = false;
  for (const line of text.split("\n")) {
    if (inWarning) {
      if (URL_WARNING_END.test(line)) inWarning = false;
      continue;
    }
    if (URL_WARNING_START.test(line)) {
      inWarning = true;
      continue;
    }
    if (NOTICES.some((notice) => notice.test(line))) continue;
    if (line.trim() === "" && (kept.length === 0 || kept.at(-1).trim() === "")) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept.at(-1).trim() === "") kept.pop();
  return kept.length > 0 ? `${kept.join("\n")}\n` : "";
}
