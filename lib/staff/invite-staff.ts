import "server-only";

import type { z } from "zod";

import { ActionError } from "@/lib/action/action-error";
import { isOfficeBound } from "@/lib/auth/permissions";
import { newLinkToken } from "@/lib/auth/tokens";
import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";

import type { ZInviteStaff } from "./schemas";

export const INVITE_HOURS = 72;

/**
 * Creates a staff account without a password and emails its invitation link, in one transaction: the
 * account never exists without its email on the way.
 */
export async function inviteStaff(input: z.output<typeof ZInviteStaff>): Promise<{ id: string; email: string }> {
  const offices = isOfficeBound(input.role) ? input.offices : [];
  const { token, tokenHash } = newLinkToken();
  return db.$transaction(async (tx) => {
    if (await tx.staffUser.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new ActionError("CONFLICT", "staff.exists", {}, "email");
    }
    const known = await tx.office.findMany({ where: { postcode: { in: offices } }, select: { postcode: true } });
    const unknown = offices.filter((postcode) => !known.some((office) => office.postcode === postcode));
    if (unknown.length > 0) {
      throw new ActionError("NOT_FOUND", "staff.unknownOffices", { postcodes: unknown.join(", ") }, "offices");
    }
    const staff = await tx.staffUser.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        offices: { create: offices.map((officePostcode) => ({ officePostcode })) },
        tokens: {
          create: { purpose: "INVITE", tokenHash, expiresAt: new Date(Date.now() + INVITE_HOURS * 3_600_000) },
        },
      },
      select: { id: true, email: true },
    });
    await enqueueEmail(tx, {
      template: "staff-invite",
      to: staff.email,
      locale: input.locale,
      data: {
        url: `${appUrl()}/console/invite/${token}`,
        name: input.name,
        role: input.role,
        expiresInHours: INVITE_HOURS,
      },
    });
    return staff;
  });
}
