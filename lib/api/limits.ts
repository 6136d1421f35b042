import "server-only";

import {
  authenticateApiKey,
  authenticateApiKeyWith,
  type TAlongsideWork,
  type TApiClient,
} from "@/lib/api-keys/authenticate-api-key";
import type { TApiScope } from "@/lib/api-keys/scopes";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit, type TRateLimitResult } from "@/lib/rate-limit/consume-rate-limit";
import { recordSecurityEvent } from "@/lib/security/security-events";

import { ApiError } from "./api-error";
import { PER_API_KEY, PER_TOKEN_CLIENT } from "./limit-rules";

function refuseOverLimit(result: TRateLimitResult): void {
  if (!result.isAllowed) {
    // recordSecurityEvent never rejects; the refusal need not wait for its trail.
    void recordSecurityEvent({ kind: "RATE_LIMITED", limit: "api" });
    throw new ApiError(429, "apiKeys.problem.rateLimited", {
      values: { seconds: result.retryAfterSeconds },
      headers: { "Retry-After": String(result.retryAfterSeconds) },
    });
  }
}

/** The client behind the request's API key, which must carry `scope` and be within the per-key limit. */
export async function admitApiClient(request: Pick<Request, "headers">, scope: TApiScope): Promise<TApiClient> {
  const { limit, ...client } = await authenticateApiKey(request, scope, PER_API_KEY);
  refuseOverLimit(limit);
  return client;
}

/**
 * admitApiClient with `work` done in the key's own statement (see TAlongsideWork), saving a round trip:
 * `alongside` is its value, null when the work yields none.
 */
export async function admitApiClientWith<TAlongside>(
  request: Pick<Request, "headers">,
  scope: TApiScope,
  work: TAlongsideWork,
): Promise<TApiClient & { alongside: TAlongside | null }> {
  const { limit, ...client } = await authenticateApiKeyWith<TAlongside>(request, scope, PER_API_KEY, work);
  refuseOverLimit(limit);
  return client;
}

export async function limitTokenClient(request: Pick<Request, "headers">): Promise<void> {
  refuseOverLimit(await consumeRateLimit(`api:status:${clientIp(request.headers)}`, PER_TOKEN_CLIENT));
}
