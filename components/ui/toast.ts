// Toasts without their cost on first load: the toaster (sonner) is fetched on the first
// interaction with the page (ToastHost) or the first toast, whichever comes first. The API is
// sonner's, for the three kinds Kabar uses.
type ToastOptions = {
  description?: string;
  duration?: number;
  action?: { label: string; onClick: () => void };
};
type Toast = (message: string, options?: ToastOptions) => void;
type Kind = "success" | "error" | "info";

let toaster: Promise<Record<Kind, Toast>> | undefined;

/** Mounts the toaster (once) and resolves to sonner's toast functions. */
export function loadToaster(): Promise<Record<Kind, Toast>> {
  toaster ??= import("./toaster-host").then(
    (host) => host.mountToaster(),
    (error: unknown) => {
      toaster = undefined; // a failed fetch is tried again with the next toast
      throw error;
    },
  );
  return toaster;
}

function show(kind: Kind): Toast {
  return (message, options) => {
    void loadToaster().then((toast) => toast[kind](message, options));
  };
}

export const toast = { success: show("success"), error: show("error"), info: show("info") };
