import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ERROR_CODES, httpStatusOf, isErrorCode } from "./codes";
import { ExpectedError, NotFoundError } from "./expected-error";
import { fieldErrorsFrom, firstErrorPerField, toFieldErrors } from "./field-errors";
import { settle } from "./result";

const schema = z.object({
  name: z.string().min(1, "Enter a name"),
  rows: z.array(z.object({ title: z.string().min(2, "Too short") })),
});

describe("error codes", () => {
  it("map the access codes to their HTTP statuses and default the rest to a status", () => {
    expect(httpStatusOf("unauthenticated")).toBe(401);
    expect(httpStatusOf("forbidden")).toBe(403);
    expect(httpStatusOf("not_found")).toBe(404);
    expect(httpStatusOf("invalid_input")).toBe(400);
    for (const code of ERROR_CODES) expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
  });

  it("recognise only listed codes", () => {
    expect(isErrorCode("template_changed")).toBe(true);
    expect(isErrorCode("toString")).toBe(false);
    expect(isErrorCode(725)).toBe(false);
  });
});

describe("field errors", () => {
  const error = schema.safeParse({ name: "", rows: [{ title: "x" }, { title: "" }] }).error!;

  it("collect every message per full path", () => {
    expect(toFieldErrors(error)).toEqual({
      name: ["Enter a name"],
      "rows.0.title": ["Too short"],
      "rows.1.title": ["Too short"],
    });
  });

  it("put issues without a path under _form, from zod or from plain issues", () => {
    expect(toFieldErrors([{ path: "", message: "Whole form" }])).toEqual({ _form: ["Whole form"] });
    expect(toFieldErrors([{ path: [], message: "Whole form" }])).toEqual({ _form: ["Whole form"] });
  });

  it("keep the first message per top-level field for filter forms", () => {
    expect(firstErrorPerField(error)).toEqual({ name: "Enter a name", rows: "Too short" });
    expect(firstErrorPerField([{ path: [], message: "Bad" }])).toEqual({ form: "Bad" });
  });

  it("turn one message per field into field errors, dropping empty ones", () => {
    expect(fieldErrorsFrom({ a: "A", b: undefined })).toEqual({ a: ["A"] });
  });
});

describe("settle", () => {
  it("returns an expected refusal as a value and rethrows anything else", async () => {
    const refused = await settle(Promise.reject(new NotFoundError("That user")));
    expect(refused).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await settle(Promise.resolve(3))).toEqual({ ok: true, value: 3 });
    await expect(settle(Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  });

  it("keeps field errors on the error", () => {
    const error = new ExpectedError("email_taken", "Some fields need attention.", {
      fieldErrors: { email: ["Taken"] },
    });
    expect(error).toMatchObject({ code: "email_taken", fieldErrors: { email: ["Taken"] } });
  });
});
