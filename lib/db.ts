import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";

import { getConfig } from "@/lib/config";
import { PrismaClient } from "@/lib/generated/prisma/client";

import { statementName } from "./db/statement-names";

/**
 * Connections are replaced after this long: each keeps the statements it prepared, so a long-lived one
 * would keep every text it ever ran.
 */
const CONNECTION_LIFETIME_SECONDS = 1800;

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE, DATABASE_PREPARED_STATEMENTS } = getConfig();
  if (!DATABASE_URL) {
    throw new Error("DATABASE_URL is not set and the embedded PostgreSQL has not been started");
  }
  // Prepared statements: a statement is parsed and planned once per connection, not on every request.
  const adapter = new PrismaPg(
    { connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE, maxLifetimeSeconds: CONNECTION_LIFETIME_SECONDS },
    DATABASE_PREPARED_STATEMENTS ? { statementNameGenerator: statementName } : undefined,
  );
  return new PrismaClient({ adapter });
}

function client(): PrismaClient {
  // Created on first use: at start-up the embedded server may still be on its way (instrumentation sets
  // DATABASE_URL), and the build imports this module without any database.
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

/** The only Prisma client of the process. */
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
