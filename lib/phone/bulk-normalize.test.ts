import { describe, expect, it } from "vitest";
import { createBulkPhoneNormalizer } from "./bulk-normalize";
import { normalizePhone } from "./normalize";

// A deterministic spread of numbers as spreadsheets hold them: every leading digit, every
// length, every way of writing the country, plus foreign and broken ones.
function sample(): string[] {
  let seed = 42;
  const random = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const out: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const length = 6 + random(9);
    let nsn = String(1 + random(9));
    if (random(3) > 0) nsn = `8${random(10)}`;
    while (nsn.length < length) nsn += String(random(10));
    const form = random(6);
    out.push(
      form === 0
        ? `0${nsn}`
        : form === 1
          ? `+62${nsn}`
          : form === 2
            ? `62 ${nsn.slice(0, 3)} ${nsn.slice(3)}`
            : form === 3
              ? `(0${nsn.slice(0, 3)}) ${nsn.slice(3)}`
              : form === 4
                ? `0062-${nsn}`
                : nsn,
    );
  }
  return [...out, "+14155552671", "0812-CALL-ME", "", "+620812345678", "8071234567", "0215001234"];
}

describe("bulk phone normaliser", () => {
  it("answers exactly what normalizePhone answers, number by number", () => {
    const bulk = createBulkPhoneNormalizer();
    for (const input of sample()) expect(bulk(input), input).toStrictEqual(normalizePhone(input));
  });

  it("reuses one shape for numbers of the same prefix and length", () => {
    const bulk = createBulkPhoneNormalizer();
    expect(bulk("0812-3456-7890")).toMatchObject({ e164: "+6281234567890" });
    expect(bulk("081298765432")).toStrictEqual(normalizePhone("081298765432"));
    expect(bulk("81299990000")).toMatchObject({ national: "0812-9999-0000" });
  });
});
