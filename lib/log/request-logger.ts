import "server-only";

import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

import { logger } from "./logger";

export const REQUEST_ID_HEADER = "x-request-id";

/** The logger for the current request: every line carries the request id the proxy assigned. */
export async function requestLogger() {
  const requestId = (await headers()).get(REQUEST_ID_HEADER) ?? randomUUID();
  return logger.child({ requestId });
}
