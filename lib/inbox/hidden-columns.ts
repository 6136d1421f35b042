import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { knownHiddenColumns, type TInboxColumn, type TInboxColumns } from "./columns";

/** The inbox columns the staff member chose to hide; read on render, so the first paint already leaves them out. */
export async function loadHiddenColumns(user: TStaffUser): Promise<TInboxColumn[]> {
  const staff = await db.staffUser.findUnique({ where: { id: user.id }, select: { hiddenInboxColumns: true } });
  return knownHiddenColumns(staff?.hiddenInboxColumns ?? []);
}

/** Replaces the whole choice: the menu sends every hidden column at once, so two tabs end with the last one's. */
export async function saveHiddenColumns(input: TInboxColumns, user: TStaffUser): Promise<TInboxColumn[]> {
  const saved = await db.staffUser.update({
    where: { id: user.id },
    data: { hiddenInboxColumns: input.hidden },
    select: { hiddenInboxColumns: true },
  });
  return knownHiddenColumns(saved.hiddenInboxColumns);
}
