import "server-only";

import { db } from "@/lib/db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A survey's id and title, for its results page and their download; null when there is no such survey,
 * including for an id from the address that cannot be one (the database would refuse it as a uuid).
 */
export async function findSurveyTitle(id: string): Promise<{ id: string; title: string } | null> {
  if (!UUID.test(id)) return null;
  return db.survey.findUnique({ where: { id }, select: { id: true, title: true } });
}
