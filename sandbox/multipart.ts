// Minimal multipart/form-data parser for uploadMedia. A dependency would be overkill: we only need
// field names, filenames, part content types and the exact bytes.

export interface MultipartFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface Multipart {
  fields: Record<string, string>;
  files: MultipartFile[];
}

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

export function boundaryOf(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/** Parsed parts, or undefined when the body is not well-formed multipart for this boundary. */
export function parseMultipart(body: Buffer, contentType: string): Multipart | undefined {
  const boundary = boundaryOf(contentType);
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary}`);
  const result: Multipart = { fields: {}, files: [] };
  let position = body.indexOf(delimiter);
  if (position < 0) return undefined;
  for (;;) {
    position += delimiter.length;
    if (body[position] === 0x2d && body[position + 1] === 0x2d) return result; // closing "--"
    if (body.subarray(position, position + 2).equals(CRLF)) position += 2;
    const next = body.indexOf(delimiter, position);
    if (next < 0) return undefined;
    // The CRLF before the next delimiter belongs to the delimiter, not to the content.
    const end = body.subarray(next - 2, next).equals(CRLF) ? next - 2 : next;
    const part = body.subarray(position, end);
    const headerEnd = part.indexOf(HEADER_END);
    if (headerEnd < 0) return undefined;
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + HEADER_END.length);
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    const partType = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim();
    if (name !== undefined) {
      if (filename !== undefined) {
        result.files.push({
          field: name,
          filename,
          contentType: partType ?? "application/octet-stream",
          data: Buffer.from(content),
        });
      } else {
        result.fields[name] = content.toString("utf8");
      }
    }
    position = next;
  }
}
