/**
 * The plans behind a slow figure: the process's Prisma client is created here with query events on (lib/db
 * takes the one it finds on globalThis), so a benchmark can capture the SQL one call sends and print
 * EXPLAIN ANALYZE of each statement. Import before anything imports lib/db; plans only, no timings kept.
 */
import { PrismaPg } from "@prisma/adapter-pg";

import { statementName } from "../../../lib/db/statement-names";
import { PrismaClient } from "../../../lib/generated/prisma/client";

type TQueryEvent = { query: string; params: string };

/**
 * Installs the logging client for DATABASE_URL as the process's only client; call once, first. settingsFor
 * names the SET LOCAL statements a query ran under (captured queries lose their transaction), so its plan is
 * explained under the same settings.
 */
export function installExplainingClient(settingsFor: (query: string) => string[] = () => []): {
  explain: (title: string, work: () => Promise<unknown>) => Promise<string>;
} {
  // The same settings lib/db uses (prepared statements, pool), so the plans are the ones measured.
  const adapter = new PrismaPg(
    { connectionString: process.env.DATABASE_URL, max: 10, maxLifetimeSeconds: 1800 },
    { statementNameGenerator: statementName },
  );
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  let captured: TQueryEvent[] | null = null;
  client.$on("query", (event: TQueryEvent) => captured?.push(event));
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;

  async function explain(title: string, work: () => Promise<unknown>): Promise<string> {
    const events: TQueryEvent[] = [];
    captured = events;
    try {
      await work();
    } finally {
      captured = null;
    }
    const out = [`\n— plans of «${title}» —`];
    for (const event of events) {
      // The case queries only: the page's lookups of names and offices are by primary key.
      if (!/^\s*(SELECT|WITH)/i.test(event.query) || !/FROM "(public"\.")?Case"/.test(event.query)) continue;
      const params = JSON.parse(event.params) as unknown[];
      const settings = settingsFor(event.query).map((sql) => client.$executeRawUnsafe(sql));
      const results = await client.$transaction([
        ...settings,
        client.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${event.query}`, ...params),
      ]);
      const rows = results.at(-1) as { "QUERY PLAN": string }[];
      out.push(event.query.length > 400 ? `${event.query.slice(0, 400)}…` : event.query);
      out.push(...rows.map((row) => `  ${row["QUERY PLAN"]}`));
    }
    return out.join("\n");
  }
  return { explain };
}
