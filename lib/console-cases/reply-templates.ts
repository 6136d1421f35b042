import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import type { TSaveReplyTemplate, TSaveTopic, TSetReplyTemplateActive } from "./schemas";

export async function listReplyTemplates() {
  return db.replyTemplate.findMany({ orderBy: [{ isActive: "desc" }, { title: "asc" }] });
}

export async function listAllTopics() {
  return db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
}

/**
 * Creates a row (no id) or changes the row of `id`, which must exist. Codes are unique: a code another row
 * has is an error on the form's code field.
 */
async function saveCoded(
  id: string | undefined,
  create: () => Promise<{ id: string }>,
  update: () => Promise<{ count: number }>,
): Promise<{ id: string }> {
  try {
    if (!id) return await create();
    const updated = await update();
    if (updated.count !== 1) throw new ActionError("NOT_FOUND", "actions.notFound");
    return { id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ActionError("CONFLICT", "templates.errors.codeTaken", {}, "code");
    }
    throw error;
  }
}

/** Creates a reply template, or changes one (by id). Codes are unique. */
export async function saveReplyTemplate(input: TSaveReplyTemplate, user: TStaffUser): Promise<{ id: string }> {
  assertCan(user, "template.manage");
  const { id, ...fields } = input;
  return saveCoded(
    id,
    () => db.replyTemplate.create({ data: fields, select: { id: true } }),
    () => db.replyTemplate.updateMany({ where: { id }, data: fields }),
  );
}

/** Templates are deactivated rather than deleted: past replies name them. */
export async function setReplyTemplateActive(
  input: TSetReplyTemplateActive,
  user: TStaffUser,
): Promise<{ isActive: boolean }> {
  assertCan(user, "template.manage");
  const updated = await db.replyTemplate.updateMany({ where: { id: input.id }, data: { isActive: input.isActive } });
  if (updated.count !== 1) throw new ActionError("NOT_FOUND", "actions.notFound");
  return { isActive: input.isActive };
}

/** Creates or changes a complaint topic; an inactive topic leaves the public form but stays on its cases. */
export async function saveTopic(input: TSaveTopic, user: TStaffUser): Promise<{ id: string }> {
  assertCan(user, "template.manage");
  const { id, ...fields } = input;
  return saveCoded(
    id,
    () => db.topic.create({ data: fields, select: { id: true } }),
    () => db.topic.updateMany({ where: { id }, data: fields }),
  );
}
