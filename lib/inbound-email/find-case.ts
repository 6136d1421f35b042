import "server-only";

import { db } from "@/lib/db";

import { sameAddress, type TMatchClue } from "./match-rules";

export type TFoundCase = { caseId: string; applicantId: string };

const CASE_SELECT = {
  id: true,
  mergedIntoId: true,
  applicants: { select: { id: true, email: true, isPrimary: true }, orderBy: { createdAt: "asc" } },
} as const;

type TCaseRow = {
  id: string;
  mergedIntoId: string | null;
  applicants: { id: string; email: string; isPrimary: boolean }[];
};

/** A duplicate merged into another case passes its mail on to that case. */
async function followMerge(found: TCaseRow): Promise<TCaseRow> {
  if (!found.mergedIntoId) return found;
  return (await db.case.findUnique({ where: { id: found.mergedIntoId }, select: CASE_SELECT })) ?? found;
}

/**
 * The case an incoming email belongs to, and the applicant who wrote it. By token: the applicant with the
 * sender's address, else the first applicant (the token is the case's secret). By number: only when the
 * sender is one of the case's applicants — a stranger quoting a number never writes into someone's case.
 */
export async function findCaseFor(clue: TMatchClue, sender: string | null): Promise<TFoundCase | null> {
  if (clue.by === "token") {
    const found = await db.case.findUnique({ where: { replyToken: clue.token }, select: CASE_SELECT });
    if (!found) return null;
    const target = await followMerge(found);
    const applicant =
      (sender ? target.applicants.find((candidate) => sameAddress(candidate.email, sender)) : undefined) ??
      target.applicants.find((candidate) => candidate.isPrimary) ??
      target.applicants[0];
    return applicant ? { caseId: target.id, applicantId: applicant.id } : null;
  }
  if (clue.by === "number") {
    const candidates = await db.case.findMany({
      where: { number: { in: clue.numbers } },
      select: { ...CASE_SELECT, number: true },
    });
    // The first number of the subject whose case has the sender among its applicants.
    for (const number of clue.numbers) {
      const candidate = candidates.find((entry) => entry.number === number);
      if (!candidate?.applicants.some((entry) => sameAddress(entry.email, clue.sender))) continue;
      const target = await followMerge(candidate);
      const applicant =
        target.applicants.find((entry) => sameAddress(entry.email, clue.sender)) ??
        target.applicants.find((entry) => entry.isPrimary);
      if (applicant) return { caseId: target.id, applicantId: applicant.id };
    }
  }
  return null;
}
