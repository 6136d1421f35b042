import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { defineAction } from "@/lib/action/define-action";
import { defineApiRoute } from "@/lib/api/define-route";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { AuthError } from "@/lib/auth/errors";
import { hashPassword } from "@/lib/auth/password";
import { unlockWithLink } from "@/lib/auth/unlock-staff";
import { db } from "@/lib/db";
import { emailWhere } from "@/lib/email/test-fixtures";
import { inRequest } from "@/lib/fuzz/request-scope";
import { logger } from "@/lib/log/logger";
import { unlockStaffAccount } from "@/lib/staff/unlock-staff-account";

import { purgeOldSecurityEvents, SECURITY_EVENT_DAYS } from "./security-events";

vi.mock("next/headers", () => import("@/lib/fuzz/request-scope"));
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));

const PASSWORD = "a long and honest passphrase";

let addresses = 0;
const ip = () => {
  addresses += 1;
  return `203.0.${(addresses >> 8) & 255}.${addresses & 255}`;
};

async function staff() {
  const email = `trail-${randomBytes(4).toString("hex")}@staff.example`;
  const { id } = await db.staffUser.create({
    data: { email, name: "Тест", role: "OPERATOR", passwordHash: await hashPassword(PASSWORD) },
  });
  return { id, email };
}

/** The structured lines recordSecurityEvent writes, as the log shipper would read them. */
function captureSecurityLines() {
  const spy = vi.spyOn(logger, "info");
  return () =>
    spy.mock.calls
      .map(([fields]) => fields as unknown as Record<string, unknown>)
      .filter((fields) => typeof fields === "object" && fields !== null && "security" in fields);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the security trail", () => {
  it("records each sign-in event once, with the client and request, never the address or password", async () => {
    const lines = captureSecurityLines();
    const { id, email } = await staff();
    const stranger = ip();
    const requestId = `req-${randomBytes(4).toString("hex")}`;
    const attempt = (password: string, client: string) => authenticateStaff({ email, password, ip: client, requestId });

    await attempt(PASSWORD, ip()); // SIGN_IN
    for (let i = 0; i < 6; i++) await attempt("wrong", stranger); // 5 × SIGN_IN_FAILED INVALID, LOCKED client, SIGN_IN_FAILED LOCKED
    // The 21st attempt on the account from browsers new to it (the sign-in and the stranger's five were 6).
    for (let i = 0; i < 15; i++) await attempt("wrong", ip()); // 14 × INVALID, LOCKED account, SIGN_IN_FAILED ACCOUNT_LOCKED
    const flood = ip();
    for (let i = 0; i < 31; i++)
      await authenticateStaff({ email: `x${i}@staff.example`, password: "x", ip: flood, requestId });

    const rows = await db.securityEvent.findMany({ where: { staffId: id }, orderBy: { createdAt: "asc" } });
    const count = (kind: string, data?: object) =>
      rows.filter((row) => row.kind === kind && (!data || JSON.stringify(row.data) === JSON.stringify(data))).length;
    expect(count("SIGN_IN")).toBe(1);
    expect(count("LOCKED", { scope: "client" })).toBe(1);
    expect(count("LOCKED", { scope: "account" })).toBe(1);
    expect(count("SIGN_IN_FAILED", { reason: "LOCKED" })).toBe(1);
    expect(count("SIGN_IN_FAILED", { reason: "ACCOUNT_LOCKED" })).toBe(1);
    expect(count("SIGN_IN_FAILED", { reason: "INVALID" })).toBe(5 + 14);
    for (const row of rows) {
      expect(row.requestId).toBe(requestId);
      expect(row.ip).toMatch(/^203\.0\./);
    }

    // A refused stranger on no account is logged, not stored.
    const logged = lines();
    const limited = logged.filter((line) => line.security === "RATE_LIMITED");
    expect(limited).toEqual([{ security: "RATE_LIMITED", limit: "staff-sign-in", ip: flood, requestId }]);
    expect(logged.filter((line) => line.staffId === id)).toHaveLength(rows.length);
    const everything = JSON.stringify([logged, rows.map((row) => row.data)]);
    expect(everything).not.toContain(email);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain("wrong");
  });

  it("records an unlock by the owner's link and by an admin, with who did it", async () => {
    const { id, email } = await staff();
    const admin = await staff();
    for (let i = 0; i < 21; i++) await authenticateStaff({ email, password: "wrong", ip: ip() });
    const mail = await emailWhere({ to: email, template: "staff-unlock" });
    const token = /\/console\/unlock\/([A-Za-z0-9_-]+)/.exec(mail.text ?? "")![1];
    const lines = captureSecurityLines();

    await inRequest("203.0.200.1", () => unlockWithLink(token));
    await inRequest("203.0.200.2", () => unlockStaffAccount({ staffId: id }, { id: admin.id }));

    const unlocks = await db.securityEvent.findMany({
      where: { staffId: id, kind: "UNLOCKED" },
      orderBy: { createdAt: "asc" },
    });
    expect(unlocks.map(({ ip, requestId, data }) => ({ ip, requestId, data }))).toEqual([
      { ip: "203.0.200.1", requestId: "fuzz-203.0.200.1", data: { by: "owner" } },
      { ip: "203.0.200.2", requestId: "fuzz-203.0.200.2", data: { by: "admin", adminId: admin.id } },
    ]);
    const logged = lines();
    expect(logged).toHaveLength(2);
    expect(JSON.stringify(logged)).not.toContain(token);
    expect(JSON.stringify(logged)).not.toContain(email);
  });

  it("records an action refused for lack of rights, with the action's name", async () => {
    const lines = captureSecurityLines();
    const refused = defineAction({
      name: "test.adminsOnly",
      schema: z.object({}),
      authorize: async () => {
        throw new AuthError("FORBIDDEN");
      },
      run: async () => "never",
    });
    const notSignedIn = defineAction({
      name: "test.membersOnly",
      schema: z.object({}),
      authorize: async () => {
        throw new AuthError("UNAUTHENTICATED");
      },
      run: async () => "never",
    });

    expect(await inRequest("203.0.201.1", () => refused({}))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await inRequest("203.0.201.2", () => notSignedIn({}))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    // Asking to sign in first is not a refusal of anyone's rights.
    expect(lines()).toEqual([
      { security: "FORBIDDEN", target: "action:test.adminsOnly", ip: "203.0.201.1", requestId: "fuzz-203.0.201.1" },
    ]);
  });

  it("records an API request refused with 403, not one refused with 401", async () => {
    const lines = captureSecurityLines();
    const route = (code: "FORBIDDEN" | "UNAUTHENTICATED") =>
      defineApiRoute(`test.${code}`, async () => {
        throw new AuthError(code);
      });
    const call = (code: "FORBIDDEN" | "UNAUTHENTICATED") =>
      route(code)(new NextRequest("http://localhost/api/v1/test", { headers: { authorization: "Bearer x" } }), {
        params: Promise.resolve({}),
      });

    expect((await inRequest("203.0.202.1", () => call("FORBIDDEN"))).status).toBe(403);
    expect((await inRequest("203.0.202.2", () => call("UNAUTHENTICATED"))).status).toBe(401);

    expect(lines()).toEqual([
      { security: "FORBIDDEN", target: "api:test.FORBIDDEN", ip: "203.0.202.1", requestId: "fuzz-203.0.202.1" },
    ]);
  });

  it("forgets events older than the keeping time and keeps the rest", async () => {
    const { id } = await staff();
    const now = new Date();
    const day = 24 * 60 * 60 * 1000;
    await db.securityEvent.createMany({
      data: [
        { kind: "SIGN_IN", staffId: id, createdAt: new Date(now.getTime() - (SECURITY_EVENT_DAYS + 1) * day) },
        { kind: "SIGN_IN", staffId: id, createdAt: new Date(now.getTime() - (SECURITY_EVENT_DAYS - 1) * day) },
      ],
    });
    expect(await purgeOldSecurityEvents(now)).toBeGreaterThanOrEqual(1);
    const left = await db.securityEvent.findMany({ where: { staffId: id } });
    expect(left).toHaveLength(1);
    expect(left[0].createdAt.getTime()).toBe(now.getTime() - (SECURITY_EVENT_DAYS - 1) * day);
  });
});
