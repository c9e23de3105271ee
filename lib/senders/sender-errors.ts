import { ExpectedError } from "@/lib/actions/errors";

export function numberTakenError(removed: boolean): ExpectedError {
  return new ExpectedError(
    "Some fields need attention.",
    {
      number: [
        removed
          ? "This number belonged to a removed sender: add it as a new sender number instead"
          : "This number is already in the list",
      ],
    },
    "number_taken",
  );
}
