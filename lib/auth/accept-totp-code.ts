import "server-only";

import { db } from "@/lib/db";

import { authSecret } from "./secret";
import { decryptTotpSecret, totpStep } from "./totp";

/**
 * Checks a staff member's code against one of their stored (encrypted) secrets and spends it: a code — or any
 * code of an earlier time step — is accepted once, so a code seen over a shoulder or in a log cannot be
 * replayed within its window. The step is recorded with a conditional update, so two requests racing with the
 * same code cannot both pass.
 */
export async function acceptTotpCode(
  staffId: string,
  encryptedSecret: string,
  code: string,
  at = Date.now(),
): Promise<boolean> {
  const step = totpStep(decryptTotpSecret(encryptedSecret, authSecret()), code, at);
  if (step === null) return false;
  const { count } = await db.staffUser.updateMany({
    where: { id: staffId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}
