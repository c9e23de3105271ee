import { ExpectedError } from "@/lib/errors/expected-error";

export function templateNameTakenError(name: string, language: string): ExpectedError {
  const message = `A template named ${name} in language ${language} already exists. Edit that one, or use another name.`;
  return new ExpectedError("template_exists", message, { fieldErrors: { name: [message] } });
}

/** Raised when the template changed since the form was opened (code "template_changed"). */
export function templateChangedError(): ExpectedError {
  return new ExpectedError(
    "template_changed",
    "Someone else saved this template after you opened it. Replace their version with yours, or reload the page to see theirs (what you typed here would be lost).",
  );
}
