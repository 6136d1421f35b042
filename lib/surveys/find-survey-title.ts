import "server-only";

import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/uuid";

/**
 * A survey's id and title, for its results page and their download; null when there is no such survey,
 * including for an id from the address that cannot be one (the database would refuse it as a uuid).
 */
export async function findSurveyTitle(id: string): Promise<{ id: string; title: string } | null> {
  if (!isUuid(id)) return null;
  return db.survey.findUnique({ where: { id }, select: { id: true, title: true } });
}
