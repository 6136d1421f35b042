import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { emailsWhere } from "@/lib/email/test-fixtures";
import { unlockStaffAccount } from "@/lib/staff/unlock-staff-account";

import { authenticateStaff, type TStaffAuthResult } from "./authenticate-staff";
import { hashPassword } from "./password";
import { authSecret } from "./secret";
import { currentTotp, encryptTotpSecret, newTotpSecret } from "./totp";
import { unlockWithLink } from "./unlock-staff";

const PASSWORD = "a long and honest passphrase";

async function staff(overrides: { isDisabled?: boolean; totp?: string; role?: "OPERATOR" | "ADMIN" } = {}) {
  const email = `auth-${randomBytes(4).toString("hex")}@staff.example`;
  const { id } = await db.staffUser.create({
    data: {
      email,
      name: "Тест",
      role: overrides.role ?? "OPERATOR",
      passwordHash: await hashPassword(PASSWORD),
      isDisabled: overrides.isDisabled ?? false,
      ...(overrides.totp
        ? { totpSecret: encryptTotpSecret(overrides.totp, authSecret()), totpEnabledAt: new Date() }
        : {}),
    },
  });
  return { id, email };
}

let addresses = 0;
/** A client address no other attempt in this run has used. */
const ip = () => {
  addresses += 1;
  return `198.51.${(addresses >> 8) & 255}.${addresses & 255}`;
};

/** Strangers fail on the account from `count` addresses, one wrong password each. */
async function failFromEverywhere(email: string, count: number): Promise<TStaffAuthResult[]> {
  const results: TStaffAuthResult[] = [];
  for (let i = 0; i < count; i++) results.push(await authenticateStaff({ email, password: `wrong ${i}`, ip: ip() }));
  return results;
}

const unlockMails = (to: string) => emailsWhere({ to, template: "staff-unlock" });

/** The link's token, out of the email the owner reads. */
function tokenOf(mail: { text: string | null }): string {
  const match = /\/console\/unlock\/([A-Za-z0-9_-]+)/.exec(mail.text ?? "");
  if (!match) throw new Error("no unlock link in the email");
  return match[1];
}

describe("staff authentication", () => {
  it("accepts the right password and records the sign-in", async () => {
    const { email } = await staff();
    expect(await authenticateStaff({ email, password: "wrong", ip: ip() })).toEqual({ ok: false, reason: "INVALID" });
    const result = await authenticateStaff({ email, password: PASSWORD, ip: ip() });
    expect(result.ok && result.staff.email).toBe(email);
    const row = await db.staffUser.findUniqueOrThrow({ where: { email } });
    expect(row.lastSignInAt).not.toBeNull();
  });

  it("locks one client out of an account after five failures, and only that client", async () => {
    const { email } = await staff();
    const stranger = ip();
    for (let i = 1; i <= 5; i++) {
      expect(await authenticateStaff({ email, password: `wrong ${i}`, ip: stranger })).toEqual({
        ok: false,
        reason: "INVALID",
      });
    }
    const locked = await authenticateStaff({ email, password: PASSWORD, ip: stranger });
    expect(locked).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(!locked.ok && "retryAfterSeconds" in locked && locked.retryAfterSeconds).toBeGreaterThan(14 * 60);

    // The owner, elsewhere, is not held by the stranger's failures.
    const owner = await authenticateStaff({ email, password: PASSWORD, ip: ip() });
    expect(owner.ok).toBe(true);
  });

  it("does not let a stranger's failures, kept up every lock period, keep the owner out", async () => {
    const { id, email } = await staff();
    const stranger = ip();
    // A quarter of an hour passes for every bucket of the account.
    const quarterHourPasses = () => db.$executeRaw`
      UPDATE "RateLimitBucket" SET "windowStartedAt" = "windowStartedAt" - interval '16 minutes'
      WHERE position(${email} in "key") > 0`;
    for (let round = 0; round < 5; round++) {
      for (let i = 1; i <= 5; i++) await authenticateStaff({ email, password: `wrong ${round}.${i}`, ip: stranger });
      // The first time from a browser new to the account, then from that browser, now known.
      const owner = await authenticateStaff({
        email,
        password: PASSWORD,
        ip: ip(),
        knownStaffIds: round === 0 ? [] : [id],
      });
      expect(owner.ok, `round ${round + 1}`).toBe(true);
      await quarterHourPasses();
    }
  });

  it("locks an account for new devices after many failures from everywhere, not for a browser that signed in before", async () => {
    const { id, email } = await staff();
    const results = await failFromEverywhere(email, 21);
    expect(results.slice(0, 20).every((result) => !result.ok && result.reason === "INVALID")).toBe(true);
    expect(results[20]).toMatchObject({ ok: false, reason: "ACCOUNT_LOCKED" });

    const newDevice = await authenticateStaff({ email, password: PASSWORD, ip: ip() });
    expect(newDevice).toMatchObject({ ok: false, reason: "ACCOUNT_LOCKED" });
    const knownDevice = await authenticateStaff({ email, password: PASSWORD, ip: ip(), knownStaffIds: [id] });
    expect(knownDevice.ok).toBe(true);
    // Another account's known-device mark does not count for this one.
    const otherMark = await authenticateStaff({
      email,
      password: PASSWORD,
      ip: ip(),
      knownStaffIds: [crypto.randomUUID()],
    });
    expect(otherMark).toMatchObject({ ok: false, reason: "ACCOUNT_LOCKED" });
  });

  it("answers an unknown address exactly like a real one, retry times included", async () => {
    const real = (await staff()).email;
    const unknown = `nobody-${randomBytes(4).toString("hex")}@staff.example`;
    const sameClient = { real: ip(), unknown: ip() };
    const attempt = async (index: number) => {
      const [a, b] = await Promise.all([
        authenticateStaff({ email: real, password: `wrong ${index}`, ip: index < 8 ? sameClient.real : ip() }),
        authenticateStaff({ email: unknown, password: `wrong ${index}`, ip: index < 8 ? sameClient.unknown : ip() }),
      ]);
      return { real: a, unknown: b };
    };
    // Time passes for both alike: the windows of both addresses' buckets started 100 seconds ago.
    const ageBuckets = () => db.$executeRaw`
      UPDATE "RateLimitBucket" SET "windowStartedAt" = date_trunc('second', now() AT TIME ZONE 'UTC') - interval '100 seconds'
      WHERE position(${real} in "key") > 0 OR position(${unknown} in "key") > 0`;

    for (let i = 0; i < 25; i++) {
      if (i === 6 || i === 22) await ageBuckets();
      const { real: a, unknown: b } = await attempt(i);
      expect(b, `attempt ${i + 1}`).toEqual(a);
    }
  });

  it("emails the owner one unlock link per lock, and the link lifts the lock once", async () => {
    const { email } = await staff();
    await failFromEverywhere(email, 30);
    const mails = await unlockMails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Вход в рабочий кабинет с новых устройств приостановлен");
    const token = tokenOf(mails[0]);

    expect(await unlockWithLink(token)).toEqual({ isUnlocked: true });
    expect((await authenticateStaff({ email, password: PASSWORD, ip: ip() })).ok).toBe(true);

    // Locked again: the spent link does not lift it a second time; the new lock has its own email.
    await failFromEverywhere(email, 25);
    expect(await unlockWithLink(token)).toEqual({ isUnlocked: false });
    expect(await authenticateStaff({ email, password: PASSWORD, ip: ip() })).toMatchObject({
      ok: false,
      reason: "ACCOUNT_LOCKED",
    });
    expect(await unlockMails(email)).toHaveLength(2);
  });

  it("lets an admin lift the lock from the console", async () => {
    const { id, email } = await staff();
    const admin = await db.staffUser.findUniqueOrThrow({ where: { id: (await staff({ role: "ADMIN" })).id } });
    const stranger = ip();
    await failFromEverywhere(email, 21);
    for (let i = 0; i < 6; i++) await authenticateStaff({ email, password: "wrong", ip: stranger });
    expect(await authenticateStaff({ email, password: PASSWORD, ip: stranger })).toMatchObject({ reason: "LOCKED" });

    await unlockStaffAccount({ staffId: id }, { id: admin.id });

    expect((await authenticateStaff({ email, password: PASSWORD, ip: ip() })).ok).toBe(true);
    expect((await authenticateStaff({ email, password: PASSWORD, ip: stranger })).ok).toBe(true);
    const unlocked = await db.securityEvent.findFirstOrThrow({ where: { staffId: id, kind: "UNLOCKED" } });
    expect(unlocked.data).toEqual({ by: "admin", adminId: admin.id });
  });

  it("emails no unlock link for an address that has no account, and answers it all the same", async () => {
    const unknown = `nobody-${randomBytes(4).toString("hex")}@staff.example`;
    const results = await failFromEverywhere(unknown, 21);
    expect(results[20]).toMatchObject({ ok: false, reason: "ACCOUNT_LOCKED" });
    expect(await unlockMails(unknown)).toHaveLength(0);
  });

  it("limits attempts per client address across accounts", async () => {
    const address = ip();
    const results = await Promise.all(
      Array.from({ length: 35 }, (_, i) =>
        authenticateStaff({ email: `spray-${i}@staff.example`, password: "x", ip: address }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "RATE_LIMITED")).toHaveLength(5);
  });

  it("tells a disabled account so only after the right password", async () => {
    const { email } = await staff({ isDisabled: true });
    expect(await authenticateStaff({ email, password: "wrong", ip: ip() })).toEqual({ ok: false, reason: "INVALID" });
    expect(await authenticateStaff({ email, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "DISABLED" });
  });

  it("asks for the second factor and checks it", async () => {
    const secret = newTotpSecret();
    const { email } = await staff({ totp: secret });
    expect(await authenticateStaff({ email, password: PASSWORD, ip: ip() })).toEqual({
      ok: false,
      reason: "TOTP_REQUIRED",
    });
    const wrongCode = currentTotp(secret) === "000000" ? "111111" : "000000";
    expect(await authenticateStaff({ email, password: PASSWORD, totp: wrongCode, ip: ip() })).toEqual({
      ok: false,
      reason: "TOTP_INVALID",
    });
    const result = await authenticateStaff({ email, password: PASSWORD, totp: currentTotp(secret), ip: ip() });
    expect(result.ok).toBe(true);
  });
});
