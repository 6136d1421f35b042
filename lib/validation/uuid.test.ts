import { describe, expect, it } from "vitest";

import { isUuid } from "./uuid";

describe("isUuid", () => {
  it("accepts the ids the database gives (version 7 and version 4), in either case", () => {
    expect(isUuid("0196a3c2-6a1e-7c3b-9e0f-1d2c3b4a5f60")).toBe(true);
    expect(isUuid("0B6F3C1E-5D0E-4A63-9D43-2B1F0E1C7A55")).toBe(true);
  });

  it("refuses what PostgreSQL would not read as a uuid, or what no row can have", () => {
    for (const value of [
      "",
      "42",
      "new",
      "0196a3c2-6a1e-7c3b-9e0f-1d2c3b4a5f6",
      "0196a3c2-6a1e-7c3b-9e0f-1d2c3b4a5f60 ",
      "0196a3c26a1e7c3b9e0f1d2c3b4a5f60",
      "zzzzzzzz-6a1e-7c3b-9e0f-1d2c3b4a5f60",
      "x' OR '1'='1",
      null,
      7,
    ]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
