/**
 * Timing and plans for in-process query benchmarks: the median of a few runs after one warm-up, and the
 * statements a piece of code sends through the app's Prisma client, to print their plans.
 */
import type { Prisma, PrismaClient } from "../../../lib/generated/prisma/client";

/** The median of `runs` timed runs (ms), after one untimed run that warms caches and prepares statements. */
export async function medianOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const holder = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Runs `work` with the process's client (lib/db.ts keeps it on globalThis) wrapped, and returns the raw
 * statements it sent with `$queryRaw`. The wrapper hands every other property on untouched.
 */
export async function capturingSql(work: () => Promise<unknown>): Promise<Prisma.Sql[]> {
  const real = holder.prisma;
  if (!real) throw new Error("the Prisma client has not been created yet");
  const captured: Prisma.Sql[] = [];
  holder.prisma = new Proxy(real, {
    get(target, property) {
      if (property === "$queryRaw")
        return (sql: Prisma.Sql) => {
          captured.push(sql);
          return target.$queryRaw(sql);
        };
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  try {
    await work();
  } finally {
    holder.prisma = real;
  }
  return captured;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a captured statement, as text, in a transaction that first runs `settings`
 * (the statements the code under test sets its planner with, captured before it).
 */
export async function explainCaptured(sql: Prisma.Sql, settings?: Prisma.Sql): Promise<string> {
  const client = holder.prisma!;
  const explain = client.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`,
    ...sql.values,
  );
  let rows: { "QUERY PLAN": string }[];
  if (settings) [, rows] = await client.$transaction([client.$queryRaw(settings), explain], { timeout: 600_000 });
  else rows = await explain;
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}
