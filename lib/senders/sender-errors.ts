import { ExpectedError } from "@/lib/errors/expected-error";

export function numberTakenError(removed: boolean): ExpectedError {
  return new ExpectedError("number_taken", "Some fields need attention.", {
    fieldErrors: {
      number: [
        removed
          ? "This number belonged to a removed sender: add it as a new sender number instead"
          : "This number is already in the list",
      ],
    },
  });
}
