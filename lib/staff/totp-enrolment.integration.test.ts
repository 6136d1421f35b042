import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { acceptTotpCode } from "@/lib/auth/accept-totp-code";
import type { TStaffUser } from "@/lib/auth/current-user";
import { authSecret } from "@/lib/auth/secret";
import { startStaffSession } from "@/lib/auth/sessions";
import { currentTotp, encryptTotpSecret, newTotpSecret } from "@/lib/auth/totp";
import { db } from "@/lib/db";
import { emailsWhere } from "@/lib/email/test-fixtures";

import { confirmTotp, disableTotp, startTotpEnrolment } from "./totp-enrolment";

vi.mock("next/headers", () => import("@/lib/auth/test-request-scope"));

const STEP_MS = 30_000;

/** Moves the clock to the next 30-second step, so the next code is a new one (only Date is faked). */
function nextStep() {
  vi.setSystemTime(Date.now() + STEP_MS);
}

/** A staff member with an authenticator app connected, and two signed-in sessions: this one and another. */
async function staffWithTotp() {
  const secret = newTotpSecret();
  const row = await db.staffUser.create({
    data: {
      email: `totp-${randomBytes(4).toString("hex")}@staff.example`,
      name: "Сотрудник",
      role: "OPERATOR",
      totpSecret: encryptTotpSecret(secret, authSecret()),
      totpEnabledAt: new Date(),
    },
  });
  const staff: TStaffUser = {
    kind: "staff",
    id: row.id,
    email: row.email,
    name: row.name,
    role: "OPERATOR",
    officePostcodes: [],
    hasTotp: true,
  };
  const [current, other] = [await startStaffSession(row.id), await startStaffSession(row.id)];
  return { staff, secret, current, other, context: { sessionId: current, locale: "ru" as const } };
}

/** Whether a code opens the account at sign-in, which checks it against the secret in force. */
async function signInCodeWorks(staffId: string, code: string): Promise<boolean> {
  const { totpSecret, totpEnabledAt } = await db.staffUser.findUniqueOrThrow({ where: { id: staffId } });
  return Boolean(totpSecret && totpEnabledAt) && acceptTotpCode(staffId, totpSecret!, code);
}

async function liveSessions(staffId: string) {
  const rows = await db.authSession.findMany({ where: { staffId, endedAt: null }, select: { id: true } });
  return rows.map((row) => row.id);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Math.ceil(Date.now() / STEP_MS) * STEP_MS + 1000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("changing the second factor", () => {
  it("refuses to start replacing the factor in force without a code from it, and changes nothing", async () => {
    const { staff, secret } = await staffWithTotp();
    const before = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id } });

    await expect(startTotpEnrolment(staff)).rejects.toMatchObject({ messageKey: "totp.codeRequired" });
    await expect(startTotpEnrolment(staff, "000000")).rejects.toMatchObject({ messageKey: "totp.wrongCode" });

    const after = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id } });
    expect(after).toMatchObject({
      totpSecret: before.totpSecret,
      totpEnabledAt: before.totpEnabledAt,
      totpPendingSecret: null,
    });
    expect(await signInCodeWorks(staff.id, currentTotp(secret))).toBe(true);
  });

  it("keeps the old app in force until a code from the new one confirms it", async () => {
    const { staff, secret: oldSecret, current, other, context } = await staffWithTotp();
    const { secret: newSecret } = await startTotpEnrolment(staff, currentTotp(oldSecret));

    nextStep();
    expect(await signInCodeWorks(staff.id, currentTotp(oldSecret))).toBe(true);
    expect(await liveSessions(staff.id)).toEqual(expect.arrayContaining([current, other]));

    nextStep();
    await confirmTotp(staff, currentTotp(newSecret), context);

    nextStep();
    expect(await signInCodeWorks(staff.id, currentTotp(oldSecret))).toBe(false);
    expect(await signInCodeWorks(staff.id, currentTotp(newSecret))).toBe(true);
    expect(await liveSessions(staff.id)).toEqual([current]);
    const [mail] = await emailsWhere({ to: staff.email, template: "second-factor-changed" });
    expect(mail.subject).toBe("Изменён второй фактор входа в рабочий кабинет");
    expect(mail.text).toContain("подключено другое приложение-аутентификатор");
    const events = await db.securityEvent.findMany({ where: { staffId: staff.id }, select: { kind: true } });
    expect(events.map((event) => event.kind)).toEqual(expect.arrayContaining(["TOTP_REPLACED", "SESSIONS_ENDED"]));
  });

  it("turns the factor off only with a code from it, once, ending the other sessions and telling the owner", async () => {
    const { staff, secret, current, other, context } = await staffWithTotp();

    await expect(disableTotp(staff, "000000", context)).rejects.toMatchObject({ messageKey: "totp.wrongCode" });
    expect(await liveSessions(staff.id)).toEqual(expect.arrayContaining([current, other]));

    await disableTotp(staff, currentTotp(secret), { ...context, locale: "en" });
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpPendingSecret: null });
    expect(await liveSessions(staff.id)).toEqual([current]);
    const [mail] = await emailsWhere({ to: staff.email, template: "second-factor-changed" });
    expect(mail.subject).toBe("The second sign-in factor of your console account changed");
    expect(mail.text).toContain("Two-factor authentication is now off");
  });

  it("accepts a code once: the same code is refused the second time within its window", async () => {
    const { staff, secret, context } = await staffWithTotp();
    const code = currentTotp(secret);
    await startTotpEnrolment(staff, code);
    await expect(startTotpEnrolment(staff, code)).rejects.toMatchObject({ messageKey: "totp.wrongCode" });
    await expect(disableTotp(staff, code, context)).rejects.toMatchObject({ messageKey: "totp.wrongCode" });
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({
      totpEnabledAt: expect.any(Date),
    });
  });

  it("lets one of two concurrent uses of a code through", async () => {
    const { staff, secret, context } = await staffWithTotp();
    const code = currentTotp(secret);
    const results = await Promise.allSettled([disableTotp(staff, code, context), disableTotp(staff, code, context)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await emailsWhere({ to: staff.email, template: "second-factor-changed" })).toHaveLength(1);
  });

  it("enables a first factor with a code from it, ending the other sessions", async () => {
    const { staff, current, other } = await staffWithTotp();
    await db.staffUser.update({ where: { id: staff.id }, data: { totpSecret: null, totpEnabledAt: null } });
    const { secret } = await startTotpEnrolment(staff);
    expect(await signInCodeWorks(staff.id, currentTotp(secret))).toBe(false);

    await expect(confirmTotp(staff, "000000", { sessionId: current, locale: "ru" })).rejects.toMatchObject({
      messageKey: "totp.wrongCode",
    });
    await confirmTotp(staff, currentTotp(secret), { sessionId: current, locale: "ru" });
    expect(await liveSessions(staff.id)).toEqual([current]);
    expect(await liveSessions(staff.id)).not.toContain(other);
    const [mail] = await emailsWhere({ to: staff.email, template: "second-factor-changed" });
    expect(mail.text).toContain("включена двухфакторная аутентификация");
  });
});
