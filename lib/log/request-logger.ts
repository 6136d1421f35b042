import "server-only";

import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";

import { logger } from "./logger";

export const REQUEST_ID_HEADER = "x-request-id";

/** The request id the proxy assigned, or null outside a Next.js request (scripts, tests). */
async function scopedRequestId(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER);
  } catch (error) {
    // Next.js signals dynamic rendering and the like by throwing; only "no request here" is ours to absorb.
    unstable_rethrow(error);
    return null;
  }
}

/**
 * The logger for the current request: every line carries the request id the proxy assigned. A route
 * handler that already read the id from its request passes it, so its answer and its log lines agree.
 */
export async function requestLogger(requestId?: string) {
  return logger.child({ requestId: requestId ?? (await scopedRequestId()) ?? randomUUID() });
}
