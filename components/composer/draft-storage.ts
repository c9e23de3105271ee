// The compose in progress survives a reload of the tab (sessionStorage: this tab only, gone when
// it closes), with its send key — so submitting again after a reload finds the first submission
// instead of sending twice, and a duplicated tab carries the same key.
import type { ComposeFormValues } from "./form-types";

const STORAGE_KEY = "kabar:composer:v1";

export type StoredCompose = {
  values: ComposeFormValues;
  /** The key last submitted from this tab: its outcome is shown again after a reload. */
  submittedKey?: string;
};

export function readStoredCompose(): StoredCompose | null {
  try {
    const text = window.sessionStorage.getItem(STORAGE_KEY);
    if (!text) return null;
    const stored = JSON.parse(text) as StoredCompose;
    return stored?.values?.message?.kind && typeof stored.values.idempotencyKey === "string"
      ? stored
      : null;
  } catch {
    return null;
  }
}

export function writeStoredCompose(stored: StoredCompose): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Storage full or disabled: the compose still works, it just does not survive a reload.
  }
}

export function clearStoredCompose(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear
  }
}
