import "server-only";

import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/locales";

/** The topics a complaint can be filed under, in the visitor's language, in the order staff set. */
export async function listTopics(locale: TLocale): Promise<{ code: string; name: string }[]> {
  const topics = await db.topic.findMany({
    where: { isActive: true },
    orderBy: { sortOrder: "asc" },
    select: { code: true, nameRu: true, nameEn: true },
  });
  return topics.map((topic) => ({ code: topic.code, name: locale === "en" ? topic.nameEn : topic.nameRu }));
}
