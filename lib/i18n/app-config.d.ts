// Type-checked keys: next-intl's useTranslations/getTranslations accept only the namespaces and
// keys of the English catalogue, and the ICU arguments each message declares.
import type { Locale } from "./config";
import type { Messages } from "./messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
