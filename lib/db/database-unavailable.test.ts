import { describe, expect, it } from "vitest";

import { isDatabaseUnavailable } from "./database-unavailable";

const adapterError = (cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid invocation"), {
    code: "P2010",
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("a database that is away", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["a connection dropped mid-query", new Error("Connection terminated unexpectedly")],
    [
      "a server shutting down",
      adapterError({
        kind: "postgres",
        originalCode: "57P01",
        originalMessage: "terminating connection due to administrator command",
      }),
    ],
    ["a server starting up", adapterError({ kind: "postgres", originalCode: "57P03" })],
    ["a closed connection", adapterError({ kind: "ConnectionClosed" })],
    ["an unreachable server", adapterError({ kind: "DatabaseNotReachable" })],
    ["no free pooled connection", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["a wrapped cause", new Error("filing failed", { cause: new Error("Connection terminated unexpectedly") })],
  ])("is recognised in %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", adapterError({ kind: "UniqueConstraintViolation", originalCode: "23505" })],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["a syntax error", adapterError({ kind: "postgres", originalCode: "42601" })],
    ["nothing", undefined],
  ])("is not claimed for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
