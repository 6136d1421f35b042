import "server-only";

import type { NextRequest } from "next/server";

import { looksLikeApiKey } from "@/lib/api-keys/key-format";
import { AuthError } from "@/lib/auth/errors";
import { bearerToken } from "@/lib/http/bearer-token";

import { admitApiClient, limitTokenClient } from "./limits";

/** Who reads a case: a partner system with a key (any case), or an applicant with a status token (theirs). */
export type TCaseAccess = { kind: "apiKey"; apiKeyId: string } | { kind: "statusToken"; token: string };

/**
 * Reads `Authorization: Bearer …` (an API key with cases:read, or a status token) or `?token=` (a status
 * token only: keys do not belong in addresses, which end up in logs and browser histories). Whether a
 * token belongs to the case asked for is checked with the case, so a wrong token answers 404, as an
 * unknown case does.
 */
export async function authorizeCaseRead(request: NextRequest): Promise<TCaseAccess> {
  const bearer = bearerToken(request);
  if (bearer && looksLikeApiKey(bearer)) {
    const client = await admitApiClient(request, "cases:read");
    return { kind: "apiKey", apiKeyId: client.id };
  }
  const token = bearer ?? request.nextUrl.searchParams.get("token");
  if (!token) throw new AuthError("UNAUTHENTICATED");
  await limitTokenClient(request);
  return { kind: "statusToken", token };
}
