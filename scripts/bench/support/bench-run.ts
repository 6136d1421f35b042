/**
 * What every benchmark shares, HTTP or not: its flags, the machine it ran on, its figures as JSON in
 * bench-results/, and how it ends when it fails.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type { TestDatabase } from "../../test/test-database";
import { checkedTargets } from "./targets";

export const root = path.resolve(import.meta.dirname, "..", "..", "..");

/** `--name=value` flags; `--name` alone is "true". */
export function flag(name: string): string | undefined {
  const prefix = `--${name}`;
  for (const arg of process.argv.slice(2)) {
    if (arg === prefix) return "true";
    if (arg.startsWith(`${prefix}=`)) return arg.slice(prefix.length + 1);
  }
  return undefined;
}

export function numberFlag(
  name: string,
  fallback: number,
  { isWhole = false, mayBeZero = false }: { isWhole?: boolean; mayBeZero?: boolean } = {},
): number {
  const value = flag(name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  const isValid =
    value.trim() !== "" &&
    Number.isFinite(parsed) &&
    (!isWhole || Number.isInteger(parsed)) &&
    (mayBeZero ? parsed >= 0 : parsed > 0);
  const number = `${isWhole ? "whole " : ""}number`;
  if (!isValid)
    throw new Error(
      `--${name} must be ${mayBeZero ? `a ${number} of 0 or more` : `a positive ${number}`}, not "${value}"`,
    );
  return parsed;
}

/** The machine, for the record next to the figures. */
export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    node: process.version,
  };
}

export function printMachine(): void {
  const m = machine();
  console.log(
    `machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, load average ${m.loadAverage.join(" ")}, node ${m.node}`,
  );
}

export async function writeResults(name: string, data: unknown): Promise<string> {
  const dir = path.join(root, "bench-results");
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  await fs.writeFile(
    file,
    JSON.stringify(
      { at: new Date().toISOString(), machine: machine(), ...(data as object), targets: checkedTargets() },
      null,
      2,
    ),
  );
  console.log(`\nfigures written to ${path.relative(root, file)}`);
  return file;
}

/** Runs `main` and exits non-zero (after its own cleanup) when it throws. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}

/**
 * A throwaway database for an in-process benchmark (never the portal's own), dropped by `dispose()` at the
 * end, or when the run is stopped with Ctrl-C before it gets there.
 */
export async function benchDatabase(): Promise<TestDatabase> {
  // Imported when asked for: a benchmark may set its environment (LOG_LEVEL) before the app's modules load.
  const { createTestDatabase } = await import("../../test/test-database");
  const database = await createTestDatabase();
  return { url: database.url, dispose: cleanUpOnStop(() => database.dispose()) };
}

/**
 * `cleanUp` made safe to call more than once (every call after the first waits for the first), and called on
 * Ctrl-C or SIGTERM before the process ends.
 */
export function cleanUpOnStop(cleanUp: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  const once = () => (running ??= cleanUp());
  const onSignal = () => void once().finally(() => process.exit(130));
  // Not once: Ctrl-C reaches this process twice under tsx (from the terminal and relayed by tsx's own), and a
  // second signal with no handler left would end it before the clean-up is done.
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return once;
}
