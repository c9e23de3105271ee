// The English catalogue: one file per feature, each a namespace (useTranslations("account")).
// English is the reference: its shape is the type every other language must match
// (lib/i18n/app-config.d.ts, messages/catalogues.test.ts).
import account from "./account.json";
import audit from "./audit.json";
import auth from "./auth.json";
import campaigns from "./campaigns.json";
import common from "./common.json";
import composer from "./composer.json";
import history from "./history.json";
import overview from "./overview.json";
import shell from "./shell.json";

const en = { account, audit, auth, campaigns, common, composer, history, overview, shell };
export default en;
