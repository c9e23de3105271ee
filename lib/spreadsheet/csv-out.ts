// How Kabar writes CSV for spreadsheet programs. A cell starting with = + - @ runs as a formula
// there, so papaparse defuses it with a leading apostrophe, except a plain number such as
// +6281234567890 or -5, which no spreadsheet runs as anything but a number.
export const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s().-]*$))/;

export const csvOutConfig = {
  newline: "\r\n",
  escapeFormulae: FORMULA_START,
  header: false,
} as const;
