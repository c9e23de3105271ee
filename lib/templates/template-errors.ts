import { ExpectedError } from "@/lib/actions/errors";

export function templateNameTakenError(name: string, language: string): ExpectedError {
  const message = `A template named ${name} in language ${language} already exists. Edit that one, or use another name.`;
  return new ExpectedError(message, { name: [message] }, "template_exists");
}

/** Raised when the template changed since the form was opened (code "template_changed"). */
export function templateChangedError(): ExpectedError {
  return new ExpectedError(
    "Someone else saved this template after you opened it. Replace their version with yours, or reload the page to see theirs (what you typed here would be lost).",
    undefined,
    "template_changed",
  );
}
