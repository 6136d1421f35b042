import { randomBytes, randomInt } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { cardNumberFromSerial } from "@/lib/loyalty/card-number";
import { setStaffDisabled } from "@/lib/staff/set-staff-disabled";

import { getCurrentUser, type TStaffUser } from "./current-user";
import { MEMBER_SESSION_SECONDS, STAFF_SESSION_SECONDS } from "./session-claims";
import { holdCookie, readSession, signInToken, signOutToken } from "./session-test-support";
import { startMemberSession } from "./sessions";
import { signOutEverywhere } from "./sign-out-everywhere";

vi.mock("next/headers", () => import("./test-request-scope"));

async function member() {
  return db.member.create({
    data: {
      email: `session-${randomBytes(4).toString("hex")}@member.example`,
      firstName: "Мария",
      lastName: "Иванова",
      cardNumber: cardNumberFromSerial(randomInt(1_000_000, 9_999_999_999)),
      status: "ACTIVE",
    },
    select: { id: true, sessionVersion: true },
  });
}

async function staff(role: TStaffUser["role"] = "OPERATOR") {
  const row = await db.staffUser.create({
    data: { email: `session-${randomBytes(4).toString("hex")}@staff.example`, name: "Сотрудник", role },
  });
  return {
    kind: "staff" as const,
    id: row.id,
    uid: row.id,
    sv: row.sessionVersion,
    role,
    until: Date.now() + STAFF_SESSION_SECONDS * 1000,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

describe("sessions that really end", () => {
  it("signing out ends the session for every copy of the cookie, and /api/auth/session answers with none", async () => {
    const { id } = await member();
    const token = await signInToken({ kind: "member", id });
    await holdCookie(token);
    expect((await getCurrentUser())?.id).toBe(id);
    await expect(readSession(token)).resolves.toMatchObject({ claims: { uid: id } });

    await signOutToken(token);

    // The copied cookie is the same bytes: it opens nothing any more.
    expect(await getCurrentUser()).toBeNull();
    await expect(readSession(token)).rejects.toThrow("SESSION_ENDED");
    const events = await db.securityEvent.findMany({ where: { memberId: id }, select: { kind: true } });
    expect(events.map((event) => event.kind)).toContain("SIGN_OUT");
  });

  it("ends a member's session thirty days after signing in, however often the cookie was renewed", async () => {
    const { id, sessionVersion } = await member();
    const old = await startMemberSession(id, new Date(Date.now() - MEMBER_SESSION_SECONDS * 1000 - 60_000));
    const fresh = await startMemberSession(id, new Date(Date.now() - MEMBER_SESSION_SECONDS * 1000 + 60_000));
    // Both cookies were just renewed: their own lifetime is thirty days from now.
    const oldToken = { claims: { kind: "member" as const, uid: id, sv: sessionVersion, sid: old.sid } };
    const freshToken = { claims: { kind: "member" as const, uid: id, sv: sessionVersion, sid: fresh.sid } };

    await holdCookie(freshToken);
    expect((await getCurrentUser())?.id).toBe(id);
    await holdCookie(oldToken);
    expect(await getCurrentUser()).toBeNull();
    await expect(readSession(oldToken)).rejects.toThrow("SESSION_ENDED");
  });

  it("refuses a cookie that names no session", async () => {
    const { id, sessionVersion } = await member();
    await holdCookie({ claims: { kind: "member", uid: id, sv: sessionVersion } as never });
    expect(await getCurrentUser()).toBeNull();
  });

  it("signing out everywhere ends every session of the person at once", async () => {
    const operator = await staff();
    const laptop = await signInToken(operator);
    const phone = await signInToken(operator);
    await holdCookie(phone);
    expect((await getCurrentUser())?.id).toBe(operator.id);

    await holdCookie(laptop);
    const user = await getCurrentUser();
    await signOutEverywhere(user!);

    expect(await getCurrentUser()).toBeNull();
    await holdCookie(phone);
    expect(await getCurrentUser()).toBeNull();
    await expect(readSession(phone)).rejects.toThrow("SESSION_ENDED");
  });

  it("disabling an account ends its sessions, and enabling it again does not bring them back", async () => {
    const admin = await staff("ADMIN");
    const operator = await staff();
    const token = await signInToken(operator);
    await holdCookie(token);
    expect((await getCurrentUser())?.id).toBe(operator.id);

    const actor: TStaffUser = {
      kind: "staff",
      id: admin.id,
      email: "",
      name: "",
      role: "ADMIN",
      officePostcodes: [],
      hasTotp: false,
    };
    await setStaffDisabled({ staffId: operator.id, isDisabled: true }, actor);
    expect(await getCurrentUser()).toBeNull();
    await setStaffDisabled({ staffId: operator.id, isDisabled: false }, actor);
    expect(await getCurrentUser()).toBeNull();
    await expect(readSession(token)).rejects.toThrow("SESSION_ENDED");
  });

  it("ends a staff session twelve hours after signing in", async () => {
    const operator = await staff();
    const token = await signInToken(operator);
    await holdCookie(token);
    expect((await getCurrentUser())?.id).toBe(operator.id);
    await db.authSession.update({
      where: { id: token.claims!.sid },
      data: { createdAt: new Date(Date.now() - DAY_MS), expiresAt: new Date(Date.now() - DAY_MS / 2) },
    });
    expect(await getCurrentUser()).toBeNull();
  });
});
