// Loaded on demand by ./toast.ts: mounts sonner's toaster in its own React root at the end of
// <body>, so its live region exists before the first toast is announced.
import { createRoot } from "react-dom/client";
import { Toaster, toast } from "sonner";

let mounted = false;

export function mountToaster() {
  if (!mounted) {
    mounted = true;
    const host = document.createElement("div");
    document.body.append(host);
    createRoot(host).render(<Toaster richColors closeButton position="top-right" />);
  }
  return toast;
}
