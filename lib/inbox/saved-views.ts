import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { parseInboxQuery, toSearchParams } from "./schemas";

export type TSavedView = { id: string; name: string; query: string };

export async function listSavedViews(user: TStaffUser): Promise<TSavedView[]> {
  return db.savedView.findMany({
    where: { staffId: user.id },
    select: { id: true, name: true, query: true },
    orderBy: { name: "asc" },
  });
}

/**
 * Saves the inbox's current filter under a name (the same name again replaces it). The query is parsed and
 * written back, so a view holds only what the inbox understands, never the page number.
 */
export async function saveView(input: { name: string; query: string }, user: TStaffUser): Promise<TSavedView> {
  const params = toSearchParams({ ...parseInboxQuery(new URLSearchParams(input.query)), page: 1 });
  const query = params.toString();
  return db.savedView.upsert({
    where: { staffId_name: { staffId: user.id, name: input.name } },
    create: { staffId: user.id, name: input.name, query },
    update: { query },
    select: { id: true, name: true, query: true },
  });
}

/** Deletes one of the staff member's own views; someone else's id is "not found". */
export async function deleteView(id: string, user: TStaffUser): Promise<void> {
  try {
    await db.savedView.delete({ where: { id, staffId: user.id } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      throw new ActionError("NOT_FOUND", "inbox.views.notFound");
    }
    throw error;
  }
}
