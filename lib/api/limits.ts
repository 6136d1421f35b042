import "server-only";

import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit, type TRateLimitRule } from "@/lib/rate-limit/consume-rate-limit";

import { ApiError } from "./api-error";
import { PER_API_KEY, PER_TOKEN_CLIENT } from "./limit-rules";

async function limit(key: string, rule: TRateLimitRule): Promise<void> {
  const result = await consumeRateLimit(key, rule);
  if (!result.isAllowed) {
    throw new ApiError(429, "apiKeys.problem.rateLimited", {
      values: { seconds: result.retryAfterSeconds },
      headers: { "Retry-After": String(result.retryAfterSeconds) },
    });
  }
}

export function limitApiKey(apiKeyId: string): Promise<void> {
  return limit(`api:key:${apiKeyId}`, PER_API_KEY);
}

export function limitTokenClient(request: Pick<Request, "headers">): Promise<void> {
  return limit(`api:status:${clientIp(request.headers)}`, PER_TOKEN_CLIENT);
}
