import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { hashPassword } from "@/lib/auth/password";
import { passwordIssues } from "@/lib/auth/schemas";
import { hashLinkToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";

/** The account an invitation link is for, while the link is unused and fresh. */
export async function findOpenInvite(token: string): Promise<{ email: string; name: string } | null> {
  const found = await db.staffToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      purpose: true,
      usedAt: true,
      expiresAt: true,
      staff: { select: { email: true, name: true, isDisabled: true } },
    },
  });
  if (!found || found.purpose !== "INVITE" || found.usedAt || found.expiresAt < new Date() || found.staff.isDisabled) {
    return null;
  }
  return { email: found.staff.email, name: found.staff.name };
}

/** Sets the invitee's password and spends the link; a second use finds it spent. */
export async function acceptInvite(input: { token: string; password: string }): Promise<{ email: string }> {
  const tokenHash = hashLinkToken(input.token);
  const invite = await findOpenInvite(input.token);
  if (!invite) throw new ActionError("NOT_FOUND", "invite.invalidText");
  const [issue] = passwordIssues(input.password, invite.email);
  if (issue) throw new ActionError("CONFLICT", issue, {}, "password");
  const passwordHash = await hashPassword(input.password);

  return db.$transaction(async (tx) => {
    // Spending the token first, conditionally, makes two concurrent submissions yield one winner.
    const spent = await tx.staffToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (spent.count !== 1) throw new ActionError("NOT_FOUND", "invite.invalidText");
    const staff = await tx.staffUser.update({
      where: { email: invite.email },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    return staff;
  });
}
