import { describe, expect, it } from "vitest";

import { statementName } from "./statement-names";

describe("statementName", () => {
  it("names a text the same way every time, and two texts apart", () => {
    const select = { sql: 'SELECT "id" FROM "Case" WHERE "number" = $1' };
    expect(statementName(select)).toBe(statementName({ sql: select.sql }));
    expect(statementName(select)).not.toBe(statementName({ sql: 'SELECT "id" FROM "Case" WHERE "number" = $2' }));
  });

  it("fits PostgreSQL's 63-character limit on names", () => {
    expect(statementName({ sql: "SELECT 1".repeat(10_000) }).length).toBeLessThanOrEqual(63);
  });
});
