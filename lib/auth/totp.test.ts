import { describe, expect, it } from "vitest";

import { currentTotp, decryptTotpSecret, encryptTotpSecret, newTotpSecret, totpUri, verifyTotp } from "./totp";

const SECRET = "s".repeat(40);

describe("TOTP", () => {
  it("accepts the current code and one step of drift, not older ones", () => {
    const base32 = newTotpSecret();
    const now = Date.UTC(2026, 10, 21, 12, 0, 0);
    expect(verifyTotp(base32, currentTotp(base32, now), now)).toBe(true);
    expect(verifyTotp(base32, currentTotp(base32, now - 30_000), now)).toBe(true);
    expect(verifyTotp(base32, currentTotp(base32, now - 120_000), now)).toBe(false);
    expect(verifyTotp(base32, "000000", now)).toBe(currentTotp(base32, now) === "000000");
  });

  it("matches RFC 6238's SHA-1 test vector", () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits: 287082.
    const base32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(currentTotp(base32, 59_000)).toBe("287082");
  });

  it("stores secrets encrypted and refuses a wrong key", () => {
    const base32 = newTotpSecret();
    const stored = encryptTotpSecret(base32, SECRET);
    expect(stored).not.toContain(base32);
    expect(decryptTotpSecret(stored, SECRET)).toBe(base32);
    expect(() => decryptTotpSecret(stored, "t".repeat(40))).toThrow();
  });

  it("builds an otpauth URI for authenticator apps", () => {
    expect(totpUri("GEZDGNBVGY3TQOJQ", "operator@portal.example")).toMatch(
      /^otpauth:\/\/totp\/.+secret=GEZDGNBVGY3TQOJQ/,
    );
  });
});
