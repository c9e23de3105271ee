// Malformed server-action requests, made deterministically: what a fuzzer, a broken client or a
// forged form sends to a Kabar page. Next decodes these itself before any Kabar code runs.
import { readFileSync } from "node:fs";
import path from "node:path";

export type FuzzCase = {
  name: string;
  headers: Record<string, string>;
  body: string;
};

/** The id of a server action as the build registered it, and the page that serves it. */
export function actionIdOf(distDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${file}`);
  return found[0];
}

const VALID = JSON.stringify([{ ticketCode: "999999", userNumber: "628123456789" }]);
const TEXT = "text/plain;charset=UTF-8";

function multipart(parts: Record<string, string>, boundary = "----kabarfuzz"): string {
  return (
    Object.entries(parts)
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`
  );
}

/** Text bodies React's reply decoder cannot turn into arguments. */
function textBodies(): [string, string][] {
  const cases: [string, string][] = [
    ["empty", ""],
    ["not JSON", "hello"],
    ["a number", "1"],
    ["a string", '"x"'],
    ["null", "null"],
    ["true", "true"],
    ["an object, not an argument list", '{"ticketCode":"1060"}'],
    ["unbalanced", "[{"],
    ["deep nesting", `${"[".repeat(2_000)}${"]".repeat(2_000)}`],
    ["a huge BigInt", `["$n${"9".repeat(400)}"]`],
    ["a bad date", '["$Dnever"]'],
    ["a dangling path reference", '["$0:0:nothing"]'],
    ["a reference to a part that does not exist", '["$5"]'],
    ["a path through a string", '[{"a":"x","b":"$0:0:a:length"}]'],
  ];
  // Every reference tag React's decoder knows (and some it does not), pointing at nothing. (D, K
  // and n carry a value of their own: "$D1" is a date, "$K1" an empty FormData, "$n1" a BigInt.)
  for (const tag of "@ABFGHILMNOQRSTUVWXYZabcdefghijklmopqrstuvwxyz") {
    cases.push([`tag $${tag} to nothing`, JSON.stringify([{ ticketCode: `$${tag}1` }])]);
  }
  // The valid body cut short at every few characters.
  for (let end = 1; end < VALID.length - 1; end += 3) {
    cases.push([`valid body cut at ${end}`, VALID.slice(0, end)]);
  }
  return cases;
}

/** The corpus: bodies, content types and multipart framing. */
export function malformedActionRequests(actionId: string): FuzzCase[] {
  const action = { "next-action": actionId };
  const cases: FuzzCase[] = textBodies().map(([name, body]) => ({
    name: `text: ${name}`,
    headers: { ...action, "content-type": TEXT },
    body,
  }));
  for (const type of ["application/json", "text/html", "application/octet-stream", ""]) {
    cases.push({
      name: `content type "${type}"`,
      headers: type ? { ...action, "content-type": type } : action,
      body: "{",
    });
  }
  const boundary = "----kabarfuzz";
  const form = `multipart/form-data; boundary=${boundary}`;
  for (const [name, body] of [
    ["no root part", multipart({ "1_name": "Budi" })],
    ["root not JSON", multipart({ "0": "[" })],
    ["root an object", multipart({ "0": "{}" })],
    ["FormData of a missing part and a blob", multipart({ "0": '["$B1"]' })],
    ["truncated framing", multipart({ "0": "[]" }).slice(0, -10)],
    ["no closing boundary", `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]`],
    ["garbage", "this is not multipart at all"],
  ] as const) {
    cases.push({ name: `multipart: ${name}`, headers: { ...action, "content-type": form }, body });
  }
  cases.push({
    name: "multipart: no boundary",
    headers: { ...action, "content-type": "multipart/form-data" },
    body: multipart({ "0": "[]" }),
  });
  // Forms posted without JavaScript (no Next-Action header): broken framing, and action
  // descriptors whose id Next accepts but whose bound arguments React cannot decode.
  cases.push({
    name: "form without JavaScript: truncated framing",
    headers: { "content-type": form },
    body: multipart({ [`$ACTION_ID_${actionId}`]: "" }).slice(0, -12),
  });
  for (const [name, fields] of [
    ["descriptor not JSON", { "$ACTION_1:0": `{"id":"${actionId}",` }],
    ["bound arguments missing", { "$ACTION_1:0": `{"id":"${actionId}","bound":"$@1"}` }],
    [
      "bound arguments not JSON",
      { "$ACTION_1:0": `{"id":"${actionId}","bound":"$@1"}`, "$ACTION_1:1": "[" },
    ],
    ["bound arguments a Map of nothing", { "$ACTION_1:0": `{"id":"${actionId}","bound":"$Q1"}` }],
  ] as const) {
    cases.push({
      name: `form without JavaScript: ${name}`,
      headers: { "content-type": form },
      body: multipart({ $ACTION_REF_1: "", ...fields, $ACTION_KEY: "k0" }),
    });
  }
  return cases;
}

/** A valid request sent from another site (or with an Origin no browser sends). */
export function foreignOriginRequests(actionId: string): FuzzCase[] {
  return ["https://evil.example", "null", "http://127.0.0.1:1", "not a url"].map((origin) => ({
    name: `Origin ${origin}`,
    headers: { "next-action": actionId, "content-type": TEXT, origin },
    body: VALID,
  }));
}

export const validActionBody = VALID;
