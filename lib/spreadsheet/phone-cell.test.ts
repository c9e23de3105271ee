import { describe, expect, it } from "vitest";
import { createBulkPhoneNormalizer } from "@/lib/phone/bulk-normalize";
import { readPhoneCell } from "./phone-cell";

const normalize = createBulkPhoneNormalizer();
const read = (text: string, storedAsNumber = false) =>
  readPhoneCell(text, { storedAsNumber, normalize });

describe("phone numbers in spreadsheet cells", () => {
  it("reads the usual ways of writing a number without a note", () => {
    for (const text of ["081234567890", "+62 812-3456-7890", "6281234567890", " 0812 3456 7890 "])
      expect(read(text)).toEqual({
        ok: true,
        e164: "+6281234567890",
        digits: "6281234567890",
        national: "0812-3456-7890",
      });
  });

  it("refuses scientific notation, which lost digits, in either decimal style", () => {
    for (const text of ["8.1234567890E+11", "6,28123E+12", "6.28E+12", "8E+11"]) {
      expect(read(text)).toEqual({
        ok: false,
        code: "scientific_notation",
        message: `“${text}” is a number that a spreadsheet program wrote in scientific notation, so its last digits are lost. Format the phone column as Text, enter the numbers again and save the file once more.`,
      });
    }
  });

  it("reads a number that lost its leading 0, and says so", () => {
    expect(read("81234567890")).toEqual({
      ok: true,
      e164: "+6281234567890",
      digits: "6281234567890",
      national: "0812-3456-7890",
      note: "“81234567890” had no leading 0 (spreadsheet programs drop it when a column holds numbers); Kabar read it as 0812-3456-7890.",
    });
    expect(read("215550123", true)).toMatchObject({
      ok: true,
      e164: "+62215550123",
      note: expect.stringContaining("no leading 0"),
    });
    // A number cell that starts with the country code lost nothing.
    expect(read("6281234567890", true)).not.toHaveProperty("note");
  });

  it("refuses a number that lost its leading 0 and is not valid without it", () => {
    expect(read("8123456")).toEqual({
      ok: false,
      code: "lost_leading_zero",
      message:
        "The number is too short for an Indonesian mobile number. “8123456” may have lost its leading 0 or its country code in a spreadsheet program: format the phone column as Text and enter the number again.",
    });
    expect(read("14155552671", true)).toMatchObject({ ok: false, code: "lost_leading_zero" });
  });

  it("reads a whole number saved as a decimal, and says so", () => {
    expect(read("81234567890.0")).toMatchObject({
      ok: true,
      e164: "+6281234567890",
      note: "“81234567890.0” was saved as a decimal number; Kabar read it as 81234567890. “81234567890” had no leading 0 (spreadsheet programs drop it when a column holds numbers); Kabar read it as 0812-3456-7890.",
    });
  });

  it("gives the phone library's own reason for other numbers", () => {
    expect(read("")).toEqual({ ok: false, code: "empty", message: "The phone number is empty." });
    expect(read("0812-CALL-ME")).toEqual({
      ok: false,
      code: "invalid_number",
      message: '"0812-CALL-ME" contains letters; a phone number has only digits.',
    });
  });
});
