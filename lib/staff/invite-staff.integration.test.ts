import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { ActionError } from "@/lib/action/action-error";
import { verifyPassword } from "@/lib/auth/password";
import { MOSCOW_OFFICE, seedOffice } from "@/lib/cases/test-support";
import { db } from "@/lib/db";
import { emailWhere } from "@/lib/email/test-fixtures";

import { acceptInvite, findOpenInvite } from "./accept-invite";
import { inviteStaff } from "./invite-staff";
import { ZInviteStaff } from "./schemas";

const address = () => `invitee-${randomBytes(4).toString("hex")}@staff.example`;

/** The invitation link in the outbox message to that address. */
async function inviteToken(email: string): Promise<string> {
  const message = await emailWhere({ to: email, template: "staff-invite" });
  const match = message.text.match(/\/console\/invite\/([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error("no invitation link in the message");
  return match[1];
}

beforeAll(async () => {
  await seedOffice(MOSCOW_OFFICE);
});

describe("staff invitations", () => {
  it("creates the account and its email together; the link sets a password once", async () => {
    const email = address();
    const input = ZInviteStaff.parse({ name: "Ольга", email, role: "OPERATOR", offices: "", locale: "ru" });
    await inviteStaff(input);
    const staff = await db.staffUser.findUniqueOrThrow({ where: { email } });
    expect(staff.passwordHash).toBeNull();

    const token = await inviteToken(email);
    expect(await findOpenInvite(token)).toEqual({ email, name: "Ольга" });
    const stored = await db.staffToken.findFirstOrThrow({ where: { staffId: staff.id } });
    expect(stored.tokenHash).not.toContain(token);

    const password = "снег идёт над почтамтом";
    // Two submissions at once: exactly one sets the password.
    const outcomes = await Promise.allSettled([acceptInvite({ token, password }), acceptInvite({ token, password })]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ActionError);

    const updated = await db.staffUser.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(password, updated.passwordHash!)).toBe(true);
    expect(await findOpenInvite(token)).toBeNull();
  });

  it("refuses a duplicate address and unknown offices, leaving no account and no email", async () => {
    const email = address();
    const head = ZInviteStaff.parse({ name: "Н", email, role: "OFFICE_HEAD", offices: "101000, 999999", locale: "en" });
    await expect(inviteStaff(head)).rejects.toMatchObject({ code: "NOT_FOUND", field: "offices" });
    expect(await db.staffUser.count({ where: { email } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(0);

    await inviteStaff(ZInviteStaff.parse({ ...head, offices: "101000" }));
    await expect(inviteStaff(ZInviteStaff.parse({ ...head, offices: "101000" }))).rejects.toMatchObject({
      code: "CONFLICT",
      field: "email",
    });
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(1);
    const staff = await db.staffUser.findUniqueOrThrow({ where: { email }, include: { offices: true } });
    expect(staff.offices.map((o) => o.officePostcode)).toEqual(["101000"]);
  });

  it("requires offices for an office head", () => {
    const result = ZInviteStaff.safeParse({
      name: "Н",
      email: address(),
      role: "OFFICE_HEAD",
      offices: " ",
      locale: "ru",
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["validation.officesRequired"]);
  });
});
