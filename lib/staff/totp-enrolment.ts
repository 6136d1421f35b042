import "server-only";

import QRCode from "qrcode";

import { ActionError } from "@/lib/action/action-error";
import { acceptTotpCode } from "@/lib/auth/accept-totp-code";
import type { TStaffUser } from "@/lib/auth/current-user";
import { authSecret } from "@/lib/auth/secret";
import { endSessionsOf, recordSessionsEnded } from "@/lib/auth/sessions";
import { encryptTotpSecret, newTotpSecret, totpUri } from "@/lib/auth/totp";
import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import type { TSecondFactorChange } from "@/lib/email/templates/second-factor-changed";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TLocale } from "@/lib/i18n/locales";
import { recordSecurityEvent } from "@/lib/security/security-events";

/** Who is making the change: their session goes on, the account's others end; the email is in their language. */
export type TSecondFactorContext = { sessionId: string | null; locale: TLocale };

const wrongCode = () => new ActionError("CONFLICT", "totp.wrongCode", {}, "code");

async function factorOf(staffId: string) {
  const row = await db.staffUser.findUniqueOrThrow({
    where: { id: staffId },
    select: { email: true, totpSecret: true, totpEnabledAt: true, totpPendingSecret: true },
  });
  return { ...row, activeSecret: row.totpEnabledAt ? row.totpSecret : null };
}

/**
 * A new secret, kept (encrypted) as pending: the factor in force, if any, stays in force until a code from
 * the new one confirms it. Replacing a factor takes a code from it, so a borrowed session alone cannot swap
 * in the borrower's app.
 */
export async function startTotpEnrolment(staff: TStaffUser, code?: string): Promise<{ secret: string; qrSvg: string }> {
  const { activeSecret } = await factorOf(staff.id);
  if (activeSecret) {
    if (!code) throw new ActionError("CONFLICT", "totp.codeRequired", {}, "code");
    if (!(await acceptTotpCode(staff.id, activeSecret, code))) throw wrongCode();
  }
  const secret = newTotpSecret();
  await db.staffUser.update({
    where: { id: staff.id },
    data: { totpPendingSecret: encryptTotpSecret(secret, authSecret()) },
  });
  const qrSvg = await QRCode.toString(totpUri(secret, staff.email), { type: "svg", margin: 1, width: 192 });
  return { secret, qrSvg };
}

/**
 * Applies a change of the second factor together with its consequences: the account's other sessions end
 * and the owner is emailed, in the same transaction; the trail is written after it commits.
 */
async function changeFactor(
  staff: TStaffUser,
  change: TSecondFactorChange,
  context: TSecondFactorContext,
  apply: (tx: Prisma.TransactionClient) => Promise<boolean>,
  email: string,
): Promise<void> {
  const reason = `TOTP_${change}`;
  await db.$transaction(async (tx) => {
    if (!(await apply(tx))) throw wrongCode();
    await endSessionsOf({ staffId: staff.id }, reason, { exceptSessionId: context.sessionId ?? undefined, client: tx });
    await enqueueEmail(tx, {
      template: "second-factor-changed",
      to: email,
      locale: context.locale,
      data: { change, accountUrl: `${appUrl()}/console/account` },
    });
  });
  await recordSecurityEvent({ kind: `TOTP_${change}`, staffId: staff.id });
  await recordSessionsEnded({ staffId: staff.id }, reason);
}

/** A code from the pending secret puts it in force, in place of the previous one if there was one. */
export async function confirmTotp(staff: TStaffUser, code: string, context: TSecondFactorContext): Promise<void> {
  const factor = await factorOf(staff.id);
  const pending = factor.totpPendingSecret;
  if (!pending || !(await acceptTotpCode(staff.id, pending, code))) throw wrongCode();
  const change = factor.activeSecret ? "REPLACED" : "ENABLED";
  await changeFactor(
    staff,
    change,
    context,
    async (tx) => {
      // Conditional on the pending secret still being this one: a new enrolment started meanwhile wins.
      const { count } = await tx.staffUser.updateMany({
        where: { id: staff.id, totpPendingSecret: pending },
        data: { totpSecret: pending, totpPendingSecret: null, totpEnabledAt: new Date() },
      });
      return count === 1;
    },
    factor.email,
  );
}

/** Turning the second factor off takes a code from it, so a borrowed session alone cannot do it. */
export async function disableTotp(staff: TStaffUser, code: string, context: TSecondFactorContext): Promise<void> {
  const factor = await factorOf(staff.id);
  const active = factor.activeSecret;
  if (!active || !(await acceptTotpCode(staff.id, active, code))) throw wrongCode();
  await changeFactor(
    staff,
    "DISABLED",
    context,
    async (tx) => {
      const { count } = await tx.staffUser.updateMany({
        where: { id: staff.id, totpSecret: active },
        data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null },
      });
      return count === 1;
    },
    factor.email,
  );
}
