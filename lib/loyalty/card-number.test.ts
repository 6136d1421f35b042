import { describe, expect, it } from "vitest";

import { cardNumberFromSerial, ean13CheckDigit, isValidCardNumber } from "./card-number";

describe("loyalty card numbers", () => {
  it("computes the EAN-13 check digit of known barcodes", () => {
    expect(ean13CheckDigit("400638133393")).toBe(1); // 4006381333931
    expect(ean13CheckDigit("978030640615")).toBe(7); // 9780306406157
  });

  it("builds 13-digit numbers in the in-house range that validate", () => {
    const number = cardNumberFromSerial(42);
    expect(number).toMatch(/^27\d{11}$/);
    expect(number.slice(2, 12)).toBe("0000000042");
    expect(isValidCardNumber(number)).toBe(true);
  });

  it("rejects a number with one digit changed or two digits swapped", () => {
    const number = cardNumberFromSerial(1234567);
    const changed = number.slice(0, 7) + ((Number(number[7]) + 1) % 10) + number.slice(8);
    const swapped = number.slice(0, 9) + number[10] + number[9] + number.slice(11);
    expect(isValidCardNumber(changed)).toBe(false);
    if (number[9] !== number[10]) expect(isValidCardNumber(swapped)).toBe(false);
  });

  it("rejects other shapes and out-of-range serials", () => {
    expect(isValidCardNumber("4006381333931")).toBe(false);
    expect(isValidCardNumber("27000000004")).toBe(false);
    expect(() => cardNumberFromSerial(-1)).toThrow(RangeError);
    expect(() => cardNumberFromSerial(10_000_000_000)).toThrow(RangeError);
  });
});
