// A process that does nothing but run one contacts import (lib/contacts/import/run-import.ts),
// for the import's crash test: the test kills it with SIGKILL mid-import. DATABASE_URL and
// KABAR_DATA_DIR come from the parent; the import id is the only argument.
//   tsx --conditions=react-server tests/support/contact-import-process.ts <importId>
import { runContactImport } from "@/lib/contacts/import/run-import";

const importId = process.argv[2];
if (!importId) throw new Error("usage: contact-import-process.ts <importId>");
await runContactImport(importId);
process.exit(0);
