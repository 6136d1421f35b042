import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgeBand } from "@/lib/generated/prisma/enums";
import { requiredText } from "@/lib/validation/fields";
import * as z from "@/lib/validation/z";

import { AGE_BANDS, CLUB_SERVICES } from "./schemas";

// A segment of members: who a survey invites or who may apply for an event. Each list narrows the segment;
// an empty list does not narrow it, so an empty segment is every active member. Within a list any value
// matches (region A or B); across lists all must match (region A and age 18–24).

const distinct = <T>(list: T[]) => [...new Set(list)];

export const ZSegment = z.object({
  regions: z.array(requiredText(100)).max(100, "validation.tooLong").default([]).transform(distinct),
  ageBands: z
    .array(z.enum(AGE_BANDS as [AgeBand, ...AgeBand[]], "validation.invalid"))
    .default([])
    .transform(distinct),
  services: z.array(z.enum(CLUB_SERVICES, "validation.invalid")).default([]).transform(distinct),
});
export type TSegment = z.output<typeof ZSegment>;
export type TSegmentInput = z.input<typeof ZSegment>;

export const EMPTY_SEGMENT: TSegment = { regions: [], ageBands: [], services: [] };

/** Reads a segment stored as JSON; anything unreadable is the empty segment (everyone). */
export function parseSegment(value: unknown): TSegment {
  const parsed = ZSegment.safeParse(value ?? {});
  return parsed.success ? parsed.data : EMPTY_SEGMENT;
}

export function isEmptySegment(segment: TSegment): boolean {
  return segment.regions.length === 0 && segment.ageBands.length === 0 && segment.services.length === 0;
}

/** Active members of the segment, as a Prisma filter. Regions compare without regard to case. */
export function segmentWhere(segment: TSegment): Prisma.MemberWhereInput {
  const and: Prisma.MemberWhereInput[] = [{ status: "ACTIVE", leftAt: null }];
  if (segment.regions.length > 0) {
    and.push({
      OR: segment.regions.map((region) => ({ region: { equals: region.trim(), mode: "insensitive" as const } })),
    });
  }
  if (segment.ageBands.length > 0) and.push({ ageBand: { in: segment.ageBands } });
  if (segment.services.length > 0) and.push({ application: { services: { hasSome: segment.services } } });
  return { AND: and };
}

/** What of a member a segment looks at. */
export type TSegmentMember = { region: string | null; ageBand: AgeBand | null; services: readonly string[] };

export function isInSegment(member: TSegmentMember, segment: TSegment): boolean {
  const region = member.region?.trim().toLocaleLowerCase("ru");
  if (segment.regions.length > 0 && !segment.regions.some((value) => value.trim().toLocaleLowerCase("ru") === region)) {
    return false;
  }
  if (segment.ageBands.length > 0 && !(member.ageBand && segment.ageBands.includes(member.ageBand))) return false;
  if (segment.services.length > 0 && !segment.services.some((service) => member.services.includes(service)))
    return false;
  return true;
}

/** Loads what a segment looks at for one member (services come from their questionnaire). */
export const SEGMENT_MEMBER_SELECT = {
  region: true,
  ageBand: true,
  application: { select: { services: true } },
} satisfies Prisma.MemberSelect;

export function toSegmentMember(member: {
  region: string | null;
  ageBand: AgeBand | null;
  application: { services: string[] } | null;
}): TSegmentMember {
  return { region: member.region, ageBand: member.ageBand, services: member.application?.services ?? [] };
}
