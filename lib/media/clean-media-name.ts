import { mediaTypes, type MediaMimeType } from "./rules";
import { extensionOf } from "./sniff";

const MAX_NAME = 180;

/**
 * A file name safe to show and to put in a Content-Disposition header: no folders, no control
 * characters, at most 180 characters, ending in an extension of the type Kabar read from the
 * bytes (a PNG named "offer.html" becomes "offer.png": saved to disk and opened, it is a PNG,
 * never a page); a name without an ending gets the type's.
 */
export function cleanMediaName(raw: string, mimeType: MediaMimeType): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  let name = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const fallbackExt = mediaTypes[mimeType].extensions[0];
  if (!name || name === "." || name === "..") name = `media${fallbackExt}`;
  const ext = extensionOf(name);
  const typeExtensions: readonly string[] = mediaTypes[mimeType].extensions;
  if (!ext) name = `${name}${fallbackExt}`;
  else if (!typeExtensions.includes(ext)) name = `${name.slice(0, -ext.length)}${fallbackExt}`;
  if (name.length > MAX_NAME) {
    const keep = extensionOf(name);
    name = `${name.slice(0, MAX_NAME - keep.length - 1).trimEnd()}…${keep}`;
  }
  return name;
}
