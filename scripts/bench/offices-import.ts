/**
 * `npm run bench:offices`: how long the full office directory takes to import, against a throwaway database
 * (never the portal's own). Baseline, measured in the same run: reading and parsing the file with no database.
 *   npm run bench:offices -- [file]   (default ../shared/data/post-offices.csv.gz)
 */
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";

import { createTestDatabase } from "../test/test-database";
import { runMain, writeResults } from "./support/bench-run";

const file = path.resolve(process.argv[2] ?? path.join("..", "shared", "data", "post-offices.csv.gz"));

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
  await fs.access(file);
  const database = await createTestDatabase();
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
    console.log(`\nrows in the table after both imports: ${count}; target: under 30 s per import`);
    await writeResults("offices-import", {
      file,
      rowsInTable: count,
      scenarios: rows.map(([name, seconds, n]) => ({ name, seconds, rows: n })),
    });
  } finally {
    await db.$disconnect();
    await database.dispose();
  }
});
