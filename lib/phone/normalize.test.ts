import { describe, expect, it } from "vitest";
import { normalizePhone } from "./normalize";

const JAKARTA_MOBILE = {
  ok: true,
  e164: "+6281234567890",
  digits: "6281234567890",
  national: "0812-3456-7890",
  country: "ID",
  type: "MOBILE",
};

describe("normalizePhone: Indonesian numbers in every usual form", () => {
  it.each([
    "081234567890",
    "81234567890",
    "6281234567890",
    "+6281234567890",
    "+62 812 3456 7890",
    "0812-3456-7890",
    "0812 3456 7890",
    "(0812) 3456.7890",
    " 0812-3456-7890 ",
    "+62-812-3456-7890",
    "0062 812 3456 7890",
  ])("%s → +6281234567890", (input) => {
    expect(normalizePhone(input)).toStrictEqual(JAKARTA_MOBILE);
  });

  it("shorter and longer valid Indonesian mobiles", () => {
    expect(normalizePhone("0811234567")).toMatchObject({ ok: true, e164: "+62811234567" });
    expect(normalizePhone("0812345678901")).toMatchObject({ ok: true, e164: "+62812345678901" });
    expect(normalizePhone("85123456789")).toMatchObject({
      ok: true,
      e164: "+6285123456789",
      national: "0851-2345-6789",
    });
  });

  it("Indonesian landlines", () => {
    expect(normalizePhone("021 5550123")).toMatchObject({
      ok: true,
      e164: "+62215550123",
      type: "FIXED_LINE",
    });
    expect(normalizePhone("+62 21 5550123")).toMatchObject({ ok: true, e164: "+62215550123" });
  });
});

describe("normalizePhone: foreign numbers need + and the country code", () => {
  it.each([
    ["+14155552671", "+14155552671", "US", "(415) 555-2671"],
    ["+1 (415) 555-2671", "+14155552671", "US", "(415) 555-2671"],
    ["+44 20 7946 0958", "+442079460958", "GB", "020 7946 0958"],
    ["+65 8123 4567", "+6581234567", "SG", "8123 4567"],
    ["+60 12-345 6789", "+60123456789", "MY", "012-345 6789"],
  ])("%s", (input, e164, country, national) => {
    expect(normalizePhone(input)).toMatchObject({
      ok: true,
      e164,
      digits: e164.slice(1),
      country,
      national,
    });
  });

  it("a foreign number without + is read as Indonesian and explained", () => {
    expect(normalizePhone("14155552671")).toStrictEqual({
      ok: false,
      code: "invalid_for_country",
      reason:
        "The number is not a valid number for Indonesia. For a number outside Indonesia, start with + and the country code",
    });
  });

  it("a different default region", () => {
    expect(normalizePhone("4155552671", "US")).toMatchObject({ ok: true, e164: "+14155552671" });
  });
});

describe("normalizePhone: specific reasons", () => {
  it.each([
    ["", "empty", "The number is empty"],
    ["   ", "empty", "The number is empty"],
    ["---", "empty", "The number has no digits"],
    ["abc", "letters", '"abc" contains letters; a phone number has only digits'],
    ["0812-CALL-ME", "letters", '"0812-CALL-ME" contains letters; a phone number has only digits'],
    [
      "0812#3456*7890",
      "invalid_characters",
      '"0812#3456*7890" contains characters a phone number cannot have: # *',
    ],
    ["+62+81234567890", "invalid_characters", '"+62+81234567890" has a + that is not at the start'],
    ["0812", "too_short", "The number is too short"],
    ["6281234", "too_short", "The number is too short"],
    ["+62812", "too_short", "The number is too short"],
    ["8123456", "too_short", "The number is too short for an Indonesian mobile number"],
    ["+628123456789012", "too_long", "The number is too long for an Indonesian mobile number"],
    [
      "08123456789012345",
      "too_long",
      "The number is too long (at most 15 digits with the country code)",
    ],
    ["+1234567890123456", "too_long", "The number is too long"],
    ["+441234", "too_short", "The number is too short"],
    [
      "+999123456",
      "unknown_country_code",
      "The number starts with a country code that does not exist",
    ],
    ["+1 415 555 267", "too_short", "The number is too short"],
  ])("%j → %s", (input, code, reason) => {
    expect(normalizePhone(input)).toStrictEqual({ ok: false, code, reason });
  });

  it("a valid length that is not a real number for its country", () => {
    expect(normalizePhone("+1 055 555 2671")).toMatchObject({
      ok: false,
      code: "invalid_for_country",
      reason: expect.stringMatching(
        /^The number is not a valid number for (the )?(United States|country code \+1)/,
      ),
    });
  });
});
