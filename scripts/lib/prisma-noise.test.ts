import { describe, expect, it } from "vitest";
import { withoutPrismaNoise } from "./prisma-noise.mjs";

// What `prisma migrate deploy` printed on every `npm run demo` (Prisma 6.19, driver adapter).
const deploy = `Loaded Prisma config from prisma.config.ts.

Prisma config detected, skipping environment variable loading.
Prisma schema loaded from prisma/schema.prisma
Datasource "db": SQLite database "kabar.db" using driver adapter "@prisma/adapter-better-sqlite3"

WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma.config.ts:
- url

The values from your schema will NOT be used!

We recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters.

2 migrations found in prisma/migrations


No pending migrations to apply.
`;

describe("Prisma's start-up output", () => {
  it("loses the config notices and the url warning, keeps what was applied", () => {
    expect(withoutPrismaNoise(deploy)).toBe(`Prisma schema loaded from prisma/schema.prisma
Datasource "db": SQLite database "kabar.db" using driver adapter "@prisma/adapter-better-sqlite3"

2 migrations found in prisma/migrations

No pending migrations to apply.
`);
  });

  it("keeps errors whole", () => {
    const error = "Error: P3005\n\nThe database schema is not empty.\n";
    expect(withoutPrismaNoise(`Loaded Prisma config from prisma.config.ts.\n${error}`)).toBe(error);
  });
});
