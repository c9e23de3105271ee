// The catalogues by language. Only the requested language is loaded (a dynamic import per
// language, so a request in English never reads the Indonesian files).
import type en from "@/messages/en";
import type { Locale } from "./config";

export type Messages = typeof en;

const catalogues: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("@/messages/en"),
  id: () => import("@/messages/id"),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await catalogues[locale]()).default;
}
