import "server-only";

import QRCode from "qrcode";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";

import type { TStaffUser } from "./current-user";
import { authSecret } from "./secret";
import { decryptTotpSecret, encryptTotpSecret, newTotpSecret, totpUri, verifyTotp } from "./totp";

/** A new secret, kept (encrypted) but not yet in force until a code from the app confirms it. */
export async function startTotpEnrolment(staff: TStaffUser): Promise<{ secret: string; qrSvg: string }> {
  const secret = newTotpSecret();
  await db.staffUser.update({
    where: { id: staff.id },
    data: { totpSecret: encryptTotpSecret(secret, authSecret()), totpEnabledAt: null },
  });
  const qrSvg = await QRCode.toString(totpUri(secret, staff.email), { type: "svg", margin: 1, width: 192 });
  return { secret, qrSvg };
}

async function storedSecret(staffId: string): Promise<string> {
  const { totpSecret } = await db.staffUser.findUniqueOrThrow({ where: { id: staffId }, select: { totpSecret: true } });
  if (!totpSecret) throw new ActionError("NOT_FOUND", "totp.wrongCode", {}, "code");
  return decryptTotpSecret(totpSecret, authSecret());
}

export async function confirmTotp(staff: TStaffUser, code: string): Promise<void> {
  if (!verifyTotp(await storedSecret(staff.id), code)) throw new ActionError("CONFLICT", "totp.wrongCode", {}, "code");
  await db.staffUser.update({ where: { id: staff.id }, data: { totpEnabledAt: new Date() } });
}

/** Turning the second factor off takes a valid code, so a borrowed session alone cannot do it. */
export async function disableTotp(staff: TStaffUser, code: string): Promise<void> {
  if (!verifyTotp(await storedSecret(staff.id), code)) throw new ActionError("CONFLICT", "totp.wrongCode", {}, "code");
  await db.staffUser.update({ where: { id: staff.id }, data: { totpSecret: null, totpEnabledAt: null } });
}
