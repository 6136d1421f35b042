import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import { authenticateStaff, MAX_FAILED_SIGN_INS } from "./authenticate-staff";
import { hashPassword } from "./password";
import { authSecret } from "./secret";
import { currentTotp, encryptTotpSecret, newTotpSecret } from "./totp";

const PASSWORD = "a long and honest passphrase";

async function staff(overrides: { isDisabled?: boolean; totp?: string } = {}) {
  const email = `auth-${randomBytes(4).toString("hex")}@staff.example`;
  await db.staffUser.create({
    data: {
      email,
      name: "Тест",
      role: "OPERATOR",
      passwordHash: await hashPassword(PASSWORD),
      isDisabled: overrides.isDisabled ?? false,
      ...(overrides.totp ? { totpSecret: encryptTotpSecret(overrides.totp, authSecret()), totpEnabledAt: new Date() } : {}),
    },
  });
  return email;
}

const ip = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}`;

describe("staff authentication", () => {
  it("accepts the right password and resets the failure count", async () => {
    const email = await staff();
    expect(await authenticateStaff({ email, password: "wrong", ip: ip() })).toEqual({ ok: false, reason: "INVALID" });
    const result = await authenticateStaff({ email, password: PASSWORD, ip: ip() });
    expect(result.ok && result.staff.email).toBe(email);
    const row = await db.staffUser.findUniqueOrThrow({ where: { email } });
    expect(row.failedSignIns).toBe(0);
    expect(row.lastSignInAt).not.toBeNull();
  });

  it("locks after five failures in a row, refuses even the right password, and doubles the lock", async () => {
    const email = await staff();
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      expect(await authenticateStaff({ email, password: `wrong ${i}`, ip: ip() })).toEqual({ ok: false, reason: "INVALID" });
    }
    const locked = await authenticateStaff({ email, password: "wrong 5", ip: ip() });
    expect(locked).toEqual({ ok: false, reason: "LOCKED", retryAfterSeconds: 15 * 60 });
    const stillLocked = await authenticateStaff({ email, password: PASSWORD, ip: ip() });
    expect(stillLocked.ok).toBe(false);
    expect(!stillLocked.ok && stillLocked.reason).toBe("LOCKED");

    // The lock runs out; the next failure locks for twice as long.
    await db.staffUser.update({ where: { email }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await authenticateStaff({ email, password: "wrong 6", ip: ip() })).toEqual({
      ok: false,
      reason: "LOCKED",
      retryAfterSeconds: 30 * 60,
    });
  });

  it("answers an unknown address like a known one, lock included", async () => {
    const email = `nobody-${randomBytes(4).toString("hex")}@staff.example`;
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      expect(await authenticateStaff({ email, password: "x", ip: ip() })).toEqual({ ok: false, reason: "INVALID" });
    }
    const fifth = await authenticateStaff({ email, password: "x", ip: ip() });
    expect(!fifth.ok && fifth.reason).toBe("LOCKED");
  });

  it("limits attempts per client address across accounts", async () => {
    const address = ip().replace("192.0.2.", "198.18.0.");
    const results = await Promise.all(
      Array.from({ length: 35 }, (_, i) => authenticateStaff({ email: `spray-${i}@staff.example`, password: "x", ip: address })),
    );
    expect(results.filter((r) => !r.ok && r.reason === "RATE_LIMITED")).toHaveLength(5);
  });

  it("tells a disabled account so only after the right password", async () => {
    const email = await staff({ isDisabled: true });
    expect(await authenticateStaff({ email, password: "wrong", ip: ip() })).toEqual({ ok: false, reason: "INVALID" });
    expect(await authenticateStaff({ email, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "DISABLED" });
  });

  it("asks for the second factor and checks it", async () => {
    const secret = newTotpSecret();
    const email = await staff({ totp: secret });
    expect(await authenticateStaff({ email, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "TOTP_REQUIRED" });
    const wrongCode = currentTotp(secret) === "000000" ? "111111" : "000000";
    expect(await authenticateStaff({ email, password: PASSWORD, totp: wrongCode, ip: ip() })).toEqual({
      ok: false,
      reason: "TOTP_INVALID",
    });
    const result = await authenticateStaff({ email, password: PASSWORD, totp: currentTotp(secret), ip: ip() });
    expect(result.ok).toBe(true);
  });
});
