// Request and response bodies as history keeps them: the client has already replaced the token
// with "[redacted]"; this redacts any registered secret a second time and shortens base64 media
// (a library file can be megabytes) to a description.
import { redactSecrets } from "@/lib/security/redact";

const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)?(;[^,]*)?,/;
/** Long unbroken base64 (media sent without a data: prefix). */
const LONG_BASE64 = /^[A-Za-z0-9+/=\r\n]{2048,}$/;

function describeBytes(length: number): string {
  const kb = Math.round((length * 3) / 4 / 1024);
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb} KB`;
}

function shorten(value: unknown): unknown {
  if (typeof value === "string") {
    const match = DATA_URL.exec(value);
    if (match && value.length > 256) {
      return `[base64 ${match[1] ?? "data"}, ${describeBytes(value.length - match[0].length)}]`;
    }
    if (LONG_BASE64.test(value)) return `[base64 data, ${describeBytes(value.length)}]`;
    return value;
  }
  if (Array.isArray(value)) return value.map(shorten);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  }
  return value;
}

/** JSON text safe to store in history. */
export function storedJson(value: unknown): string {
  return JSON.stringify(redactSecrets(shorten(value)));
}
