/**
 * `npm run bench:offices`: how long the full office directory takes to import, against a throwaway database
 * (never the portal's own). Baseline, measured in the same run: reading and parsing the file with no database.
 *   npm run bench:offices -- [file]   (default ../shared/data/post-offices.csv.gz)
 * Without a file and without the full directory beside the project, it measures the bundled sample instead and
 * says so: its figures then tell that the import works, not how long the full directory takes.
 */
import { createReadStream, existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";

import { benchDatabase, runMain, writeResults } from "./support/bench-run";
import { checkTarget } from "./support/targets";

const FULL_DIRECTORY = path.resolve("..", "shared", "data", "post-offices.csv.gz");
const SAMPLE = path.resolve("prisma", "data", "offices-sample.csv");
const isSample = !process.argv[2] && !existsSync(FULL_DIRECTORY);
const file = process.argv[2] ? path.resolve(process.argv[2]) : isSample ? SAMPLE : FULL_DIRECTORY;

async function parseOnly(): Promise<number> {
  let rows = 0;
  const parser = parse({ columns: true, bom: true });
  const feeding = file.endsWith(".gz")
    ? pipeline(createReadStream(file), createGunzip(), parser)
    : pipeline(createReadStream(file), parser);
  for await (const record of parser) if (record) rows++;
  await feeding;
  return rows;
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { seconds: (performance.now() - started) / 1000, value };
}

runMain(async () => {
  if (isSample)
    console.log(
      `The full office directory is not at ${FULL_DIRECTORY}: measuring the bundled sample (${path.relative(process.cwd(), SAMPLE)}) instead; the 30 s target is for the full directory and is not checked.`,
    );
  await fs.access(file).catch(() => {
    throw new Error(`No office directory at ${file}: give the path of a CSV (or .csv.gz) file.`);
  });
  const database = await benchDatabase();
  process.env.DATABASE_URL = database.url;
  const { importOffices } = await import("../../lib/offices/import-offices");
  const { db } = await import("../../lib/db");
  try {
    const baseline = await timed(parseOnly);
    const first = await timed(() => importOffices(file));
    const second = await timed(() => importOffices(file));
    const count = await db.office.count();
    const rows = [
      ["baseline: read and parse only", baseline.seconds, baseline.value],
      ["import into an empty table", first.seconds, first.value.rows],
      ["import again (all upserts)", second.seconds, second.value.rows],
    ] as const;
    console.log(`\nOffice directory import — ${path.basename(file)}\n`);
    console.log("scenario                         seconds     rows    rows/s  × baseline");
    for (const [name, seconds, n] of rows) {
      console.log(
        `${name.padEnd(32)} ${seconds.toFixed(2).padStart(7)} ${String(n).padStart(8)} ${Math.round(n / seconds)
          .toString()
          .padStart(9)} ${(seconds / baseline.seconds).toFixed(1).padStart(10)}`,
      );
    }
    console.log(`\nrows in the table after both imports: ${count}`);
    if (!isSample) {
      const slowest = Math.max(first.seconds, second.seconds);
      checkTarget(
        "the office directory imports in under 30 s",
        slowest < 30,
        `${first.value.rows} rows in ${first.seconds.toFixed(1)} s, again in ${second.seconds.toFixed(1)} s (reading alone: ${baseline.seconds.toFixed(1)} s)`,
      );
    }
    await writeResults("offices", {
      isSample,
      file,
      rowsInTable: count,
      scenarios: rows.map(([name, seconds, n]) => ({ name, seconds, rows: n })),
    });
  } finally {
    await db.$disconnect();
    await database.dispose();
  }
});
