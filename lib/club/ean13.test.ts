import { describe, expect, it } from "vitest";

import { barsOf, ean13Pattern } from "./ean13";

describe("EAN-13 bar patterns", () => {
  it("encode 4006381333931 as GS1's tables give it", () => {
    // First digit 4 → parity LGLLGG; 0 L, 0 G, 6 L, 3 L, 8 G, 1 G | 3 3 3 9 3 1 in R.
    expect(ean13Pattern("4006381333931")).toBe(
      "101" +
        "0001101" +
        "0100111" +
        "0101111" +
        "0111101" +
        "0001001" +
        "0110011" +
        "01010" +
        "1000010" +
        "1000010" +
        "1000010" +
        "1110100" +
        "1000010" +
        "1100110" +
        "101",
    );
  });

  it("encode a card number of the club's range in 95 modules, with the parity LLGGLG of a leading 2", () => {
    const pattern = ean13Pattern("2700000000015");
    expect(pattern).toHaveLength(95);
    // 2 → LLGGLG: digits 7 (L), 0 (L), 0 (G), 0 (G), 0 (L), 0 (G).
    expect(pattern.slice(3, 45)).toBe("0111011" + "0001101" + "0100111" + "0100111" + "0001101" + "0100111");
    expect(pattern.slice(-10, -3)).toBe("1001110");
  });

  it("draws each run of modules as one bar", () => {
    expect(barsOf("1011100")).toEqual([
      { x: 0, width: 1 },
      { x: 2, width: 3 },
    ]);
    // 30 bars in every EAN-13: 2 per digit and 3 guards of 2, 2, 2.
    expect(barsOf(ean13Pattern("4006381333931"))).toHaveLength(30);
  });

  it("refuses anything but 13 digits", () => {
    expect(() => ean13Pattern("123")).toThrow(RangeError);
  });
});
