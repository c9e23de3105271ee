// Bahasa Indonesia: the same namespaces and keys as English (messages/en/index.ts).
import type { Messages } from "@/lib/i18n/messages";
import account from "./account.json";
import audit from "./audit.json";
import auth from "./auth.json";
import campaigns from "./campaigns.json";
import common from "./common.json";
import composer from "./composer.json";
import history from "./history.json";
import overview from "./overview.json";
import shell from "./shell.json";

const id: Messages = {
  account,
  audit,
  auth,
  campaigns,
  common,
  composer,
  history,
  overview,
  shell,
};
export default id;
