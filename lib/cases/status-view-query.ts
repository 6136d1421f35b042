import "server-only";

import { applicantAttachmentEventSql } from "@/lib/attachments/find-attachment";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseEventKind, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";

/** One applicant's row with the case, its topic, office, public history and the files of it they may open. */
export type TStatusRow = {
  id: string;
  caseId: string;
  firstName: string;
  isPrimary: boolean;
  email: string;
  memberId: string | null;
  statusLinkVersion: number;
  statusTokenHash: string;
  number: string;
  type: CaseType;
  status: CaseStatus;
  createdAt: Date;
  dueAt: Date | null;
  pausedAt: Date | null;
  trackingNumber: string | null;
  forwardedTo: string | null;
  answerRating: number | null;
  topic: { nameRu: string; nameEn: string } | null;
  office: { postcode: string; name: string; timeZone: string } | null;
  events: {
    id: string;
    kind: CaseEventKind;
    createdAt: Date;
    body: string | null;
    data: Prisma.JsonValue;
    applicantId: string | null;
    attachments: { id: string; fileName: string; size: number; contentType: string }[];
  }[];
};

type TRawEvent = Omit<TStatusRow["events"][number], "createdAt"> & { createdAt: string };
type TRawRow = Omit<TStatusRow, "topic" | "office" | "events"> & {
  topicNameRu: string | null;
  topicNameEn: string | null;
  officePostcode: string | null;
  officeName: string | null;
  officeTimeZone: string | null;
  events: TRawEvent[];
};

/** Times are stored without a zone, in UTC; inside JSON they come back as text without the «Z». */
const utc = (value: string) => new Date(/[Zz]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);

/**
 * The status page's data in one statement, one round trip: the applicant (found by `where`, over the alias
 * `a`), the case with its topic and office, and the public history, oldest first, each entry with the files
 * this applicant may open (the rule of lib/attachments/find-attachment.ts). Which entries the applicant sees
 * is decided by the caller. Where more than one applicant matches, the earliest.
 */
export async function loadStatusRow(where: Prisma.Sql): Promise<TStatusRow | null> {
  const files = applicantAttachmentEventSql("e", { id: Prisma.sql`a."id"`, isPrimary: Prisma.sql`a."isPrimary"` });
  const rows = await db.$queryRaw<TRawRow[]>`
    SELECT a."id", a."caseId", a."firstName", a."isPrimary", a."email", a."memberId", a."statusLinkVersion",
      a."statusTokenHash", c."number", c."type"::text AS "type", c."status"::text AS "status", c."createdAt",
      c."dueAt", c."pausedAt", c."trackingNumber", c."forwardedTo", c."answerRating",
      t."nameRu" AS "topicNameRu", t."nameEn" AS "topicNameEn",
      o."postcode" AS "officePostcode", o."name" AS "officeName", o."timeZone" AS "officeTimeZone",
      COALESCE((
        SELECT json_agg(json_build_object(
          'id', e."id", 'kind', e."kind", 'createdAt', e."createdAt", 'body', e."body", 'data', e."data",
          'applicantId', e."applicantId",
          'attachments', COALESCE((
            SELECT json_agg(json_build_object(
              'id', f."id", 'fileName', f."fileName", 'size', f."size", 'contentType', f."contentType"
            ) ORDER BY f."id")
            FROM "Attachment" AS f
            WHERE f."eventId" = e."id" AND ${files}
          ), '[]'::json)
        ) ORDER BY e."createdAt", e."id")
        FROM "CaseEvent" AS e
        WHERE e."caseId" = c."id" AND e."isPublic"
      ), '[]'::json) AS "events"
    FROM "CaseApplicant" AS a
    JOIN "Case" AS c ON c."id" = a."caseId"
    LEFT JOIN "Topic" AS t ON t."id" = c."topicId"
    LEFT JOIN "Office" AS o ON o."postcode" = c."officePostcode"
    WHERE ${where}
    ORDER BY a."createdAt"
    LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  const { topicNameRu, topicNameEn, officePostcode, officeName, officeTimeZone, events, ...rest } = row;
  return {
    ...rest,
    topic: topicNameRu !== null && topicNameEn !== null ? { nameRu: topicNameRu, nameEn: topicNameEn } : null,
    office:
      officePostcode !== null && officeName !== null && officeTimeZone !== null
        ? { postcode: officePostcode, name: officeName, timeZone: officeTimeZone }
        : null,
    events: events.map((event) => ({ ...event, createdAt: utc(event.createdAt) })),
  };
}
