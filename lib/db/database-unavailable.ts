/** Driver-adapter error kinds that mean the database could not be reached or dropped the connection. */
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);

/** Prisma's codes for the same: cannot reach, timed out, closed the connection, no pooled connection free. */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/**
 * SQLSTATEs of a server going away or not yet back: connection exceptions (08…), shutdown and start-up
 * (57P01–57P03), too many connections (53300).
 */
const UNREACHABLE_SQLSTATE = /^(08\w{3}|57P0[123]|53300)$/;

const NETWORK_ERROR =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|connection is closed|Client has encountered a connection error/i;

type TErrorLike = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
};

/**
 * Whether a failure means the database is away for the moment (restarting, failing over, overloaded)
 * rather than that the request was wrong: such a request may be retried as it is, and is answered
 * "503 Service Unavailable, retry after a few seconds" instead of 500.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, message, cause, meta } = error as TErrorLike;
  const adapterCause = meta?.driverAdapterError?.cause;
  if (typeof code === "string" && (UNREACHABLE_PRISMA_CODES.has(code) || UNREACHABLE_SQLSTATE.test(code))) return true;
  if (adapterCause && UNREACHABLE_KINDS.has(String(adapterCause.kind))) return true;
  if (adapterCause && UNREACHABLE_SQLSTATE.test(String(adapterCause.originalCode))) return true;
  if (typeof code === "string" && NETWORK_ERROR.test(code)) return true;
  if (typeof message === "string" && NETWORK_ERROR.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
