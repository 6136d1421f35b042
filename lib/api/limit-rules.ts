import type { TRateLimitRule } from "@/lib/rate-limit/consume-rate-limit";

/** Per key: generous for a partner's batch, but one runaway client cannot flood the quality department. */
export const PER_API_KEY: TRateLimitRule = { limit: 300, windowSeconds: 60 };
/** Per client reading by status token: a person refreshing, not a crawler walking case numbers. */
export const PER_TOKEN_CLIENT: TRateLimitRule = { limit: 60, windowSeconds: 60 };
