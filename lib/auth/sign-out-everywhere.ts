import "server-only";

import { db } from "@/lib/db";

import type { TCurrentUser } from "./current-user";

/** Ends every session of the person — this device's too — by raising their session version. */
export async function signOutEverywhere(user: TCurrentUser): Promise<void> {
  if (user.kind === "member") {
    await db.member.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  } else {
    await db.staffUser.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  }
}
