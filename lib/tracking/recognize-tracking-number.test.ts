import { describe, expect, it } from "vitest";

import * as z from "@/lib/validation/z";

import { recognizeTrackingNumber } from "./recognize-tracking-number";
import { ZOptionalTrackingNumber, ZTrackingNumber } from "./schemas";

describe("S10 (UPU) numbers", () => {
  // Serial → Σ weight·digit → check digit, worked by hand:
  //   12345678 → 204, 204 mod 11 = 6, 11 − 6 = 5
  //   47312482 → 200, 200 mod 11 = 2, 11 − 2 = 9
  //   47312409 → 177, 177 mod 11 = 1, 11 − 1 = 10 → 0
  //   47312401 → 121, 121 mod 11 = 0, 11 − 0 = 11 → 5
  it.each([
    ["RB123456785GB", "RB", "GB", 5],
    ["RA473124829RU", "RA", "RU", 9],
    ["CP473124090RU", "CP", "RU", 0],
    ["EE473124015CN", "EE", "CN", 5],
  ])("accepts %s", (input, serviceIndicator, countryCode, expectedCheckDigit) => {
    expect(recognizeTrackingNumber(input)).toEqual({
      kind: "S10",
      normalized: input,
      isCheckDigitValid: true,
      expectedCheckDigit,
      serviceIndicator,
      countryCode,
    });
  });

  it.each([
    ["RB123456784GB", 5],
    ["CP473124095RU", 0],
    ["EE473124010CN", 5],
  ])("flags the check digit of %s and names the right one", (input, expectedCheckDigit) => {
    expect(recognizeTrackingNumber(input)).toMatchObject({ kind: "S10", isCheckDigitValid: false, expectedCheckDigit });
  });

  it("reads spaces, dashes, lower case and Cyrillic look-alike letters", () => {
    // "СР", "ЕЕ" and "С" here are Cyrillic, as typed on a Russian keyboard layout.
    expect(recognizeTrackingNumber(" ср 4731-2409 0 ru ")).toMatchObject({ kind: "S10", normalized: "CP473124090RU" });
    expect(recognizeTrackingNumber("СР473124090ru")).toMatchObject({
      kind: "S10",
      normalized: "CP473124090RU",
      isCheckDigitValid: true,
    });
    expect(recognizeTrackingNumber("ЕЕ 473 124 015 СN")).toMatchObject({ normalized: "EE473124015CN" });
  });
});

describe("domestic (14-digit) numbers", () => {
  // 4201119412345: odd positions 4+0+1+9+1+3+5 = 23, ×3 = 69; even 2+1+1+4+2+4 = 14; S = 83 → check 7.
  it("splits a valid number into office, month code and item number", () => {
    expect(recognizeTrackingNumber("42011194123457")).toEqual({
      kind: "DOMESTIC",
      normalized: "42011194123457",
      isCheckDigitValid: true,
      expectedCheckDigit: 7,
      officePostcode: "420111",
      monthCode: "94",
      itemNumber: "12345",
    });
  });

  it("computes a check digit of 0 when S is a multiple of 10", () => {
    // 1010000100001: 3·(1+1+0+0+0+0+1) + (0+0+0+1+0+0) = 10.
    expect(recognizeTrackingNumber("1010 0001 0000 10")).toMatchObject({
      kind: "DOMESTIC",
      isCheckDigitValid: true,
      expectedCheckDigit: 0,
    });
  });

  it("warns on a mismatching check digit but still recognises the number", () => {
    expect(recognizeTrackingNumber("42011194123450")).toMatchObject({
      kind: "DOMESTIC",
      isCheckDigitValid: false,
      expectedCheckDigit: 7,
      officePostcode: "420111",
    });
  });
});

describe("everything else", () => {
  it.each(["", "   ", " - "])("%j is empty", (input) => {
    expect(recognizeTrackingNumber(input)).toEqual({ kind: "EMPTY" });
  });

  it.each(["R", "RB", "RB1234", "rb 123456785", "RB123456785G", "420111", "4201119", "4201119412345"])(
    "%j is an incomplete number",
    (input) => {
      expect(recognizeTrackingNumber(input)).toMatchObject({ kind: "UNKNOWN", reason: "INCOMPLETE" });
    },
  );

  it.each([
    ["WB-123-ABC", "WB123ABC"],
    ["12345", "12345"],
    ["RB123456785GBX", "RB123456785GBX"],
    ["123456789012345", "123456789012345"],
    ["R1B23456785GB", "R1B23456785GB"],
    ["RB12345678GB", "RB12345678GB"],
    ["ЖБ123456785GB", "ЖБ123456785GB"],
    ["заказ 5512", "ЗAKAЗ5512"],
  ])("%j is not a postal number", (input, normalized) => {
    expect(recognizeTrackingNumber(input)).toEqual({ kind: "UNKNOWN", normalized, reason: "NOT_POSTAL" });
  });
});

describe("ZTrackingNumber", () => {
  const messages = (input: unknown, schema: z.ZodType = ZTrackingNumber) =>
    schema.safeParse(input).error?.issues.map((issue) => issue.message);

  it("parses to the normalised number", () => {
    expect(ZTrackingNumber.parse(" rb 123456785 gb")).toBe("RB123456785GB");
    expect(ZTrackingNumber.parse("4201-1194-1234-57")).toBe("42011194123457");
  });

  it("accepts a domestic number whose check digit does not match", () => {
    expect(ZTrackingNumber.parse("42011194123450")).toBe("42011194123450");
  });

  it.each([
    ["RB123456784GB", "tracking.s10CheckDigit"],
    ["WB-123-ABC", "tracking.notPostal"],
    ["RB1234", "tracking.incomplete"],
    ["", "validation.required"],
  ])("refuses %j with %s", (input, message) => {
    expect(messages(input)).toEqual([message]);
  });

  it("keeps its message inside a union with an empty string, as optional form fields use it", () => {
    const optional = z.union([z.literal(""), ZTrackingNumber]);
    expect(optional.parse("")).toBe("");
    expect(messages("RB123456784GB", optional)).toEqual(["tracking.s10CheckDigit"]);
  });

  it("ZOptionalTrackingNumber treats a blank field as no number", () => {
    expect(ZOptionalTrackingNumber.parse(undefined)).toBeUndefined();
    expect(ZOptionalTrackingNumber.parse("  ")).toBeUndefined();
    expect(ZOptionalTrackingNumber.parse("ra473124829ru")).toBe("RA473124829RU");
    expect(messages("12345", ZOptionalTrackingNumber)).toEqual(["tracking.notPostal"]);
  });
});
