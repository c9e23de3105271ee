// Turns zod issues into the flat list a form or a send-history row shows: a dotted path
// ("buttons[0].text") and the schema's own plain-words message.
import type { z } from "zod";

export type ValidationIssue = { path: string; message: string };

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

export function formatPath(path: Path): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * For a union that failed every branch, the branch that got furthest explains the problem
 * best: one that at least had the right basic shape, with the fewest issues.
 */
function bestBranch(
  branches: ReadonlyArray<ReadonlyArray<Issue>>,
): ReadonlyArray<Issue> | undefined {
  const shaped = branches.filter(
    (branch) =>
      branch.length > 0 && !branch.some((i) => i.code === "invalid_type" && i.path.length === 0),
  );
  if (shaped.length === 0) return undefined;
  return shaped.reduce((best, branch) => (branch.length < best.length ? branch : best));
}

function collect(issues: ReadonlyArray<Issue>, prefix: Path, out: ValidationIssue[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const branch = bestBranch(issue.errors);
      if (branch) {
        collect(branch, path, out);
        continue;
      }
    }
    out.push({ path: formatPath(path), message: issue.message });
  }
}

export function issuesFromZodError(error: z.ZodError): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  collect(error.issues, [], out);
  // Zod keeps checking after a failed check ("" is both empty and not a date); one message
  // per field, the first and most basic, is what a form should show.
  const seen = new Set<string>();
  return out.filter((issue) => {
    if (seen.has(issue.path)) return false;
    seen.add(issue.path);
    return true;
  });
}
