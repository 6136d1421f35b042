import { describe, expect, it } from "vitest";

import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Correct horse 42");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain("Correct horse");
    await expect(verifyPassword("Correct horse 42", hash)).resolves.toBe(true);
    await expect(verifyPassword("correct horse 42", hash)).resolves.toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("refuses malformed stored hashes", async () => {
    await expect(verifyPassword("x", "plain-text")).resolves.toBe(false);
  });
});
