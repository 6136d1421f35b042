import "server-only";

import { createHmac } from "node:crypto";

import { authSecret } from "@/lib/auth/secret";
import { hashLinkToken } from "@/lib/auth/tokens";

/**
 * An applicant's status link works for the life of the case: its token is derived from the applicant's id
 * and link version with the portal's secret, so every email can carry the same link again while the
 * database keeps only its hash (a copy of the database opens no case). The version changes only when the
 * applicant asks for a new link (a link forwarded by mistake); the old one then stops working.
 * Changing AUTH_SECRET changes every link: the secret is part of the link's identity.
 */
export function statusToken(applicantId: string, version: number): string {
  return createHmac("sha256", authSecret()).update(`status-link:${applicantId}:${version}`).digest("base64url");
}

/** The token and the hash stored for it. */
export function statusTokenPair(applicantId: string, version: number): { token: string; tokenHash: string } {
  const token = statusToken(applicantId, version);
  return { token, tokenHash: hashLinkToken(token) };
}
