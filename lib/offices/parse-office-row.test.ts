import { describe, expect, it } from "vitest";

import { OfficeRowError, parseOfficeRow } from "./parse-office-row";

const ROW = {
  Index: "420111",
  OPSName: "Казань 111",
  OPSType: "О",
  OPSSubm: "420199",
  Region: "Татарстан Республика",
  Autonom: "",
  Area: "",
  City: "Казань",
  City1: "",
  ActDate: "20111223",
  IndexOld: "",
};

describe("office directory rows", () => {
  it("maps the directory's columns", () => {
    expect(parseOfficeRow(ROW)).toEqual({
      postcode: "420111",
      name: "Казань 111",
      type: "О",
      parentPostcode: "420199",
      region: "Татарстан Республика",
      autonomousOkrug: null,
      area: null,
      city: "Казань",
      settlement: null,
      effectiveFrom: "2011-12-23",
      previousPostcode: null,
    });
  });

  it("reads a parent of 0 and a bad date as absent", () => {
    const office = parseOfficeRow({ ...ROW, OPSSubm: "0", ActDate: "2011-12" });
    expect(office.parentPostcode).toBeNull();
    expect(office.effectiveFrom).toBeNull();
  });

  it.each([
    [{ Index: "42011" }, /not 6 digits/],
    [{ Index: "42011a" }, /not 6 digits/],
    [{ OPSName: " " }, /has no name/],
  ])("rejects %j", (change, message) => {
    expect(() => parseOfficeRow({ ...ROW, ...change })).toThrow(OfficeRowError);
    expect(() => parseOfficeRow({ ...ROW, ...change })).toThrow(message);
  });
});
