/**
 * Loads the operator's office directory into the database.
 *   npm run offices:import -- <file.csv | file.csv.gz>
 * Without a file it loads the full directory from ../shared/data when present, else the bundled sample.
 */
import { existsSync } from "node:fs";
import path from "node:path";

import { ensureDatabaseUrl } from "@/lib/db/database-url";
import { importOffices } from "@/lib/offices/import-offices";

const FULL_DIRECTORY = path.resolve("..", "shared", "data", "post-offices.csv.gz");
const SAMPLE = path.resolve("prisma", "data", "offices-sample.csv");

async function main() {
  const file = process.argv[2] ?? (existsSync(FULL_DIRECTORY) ? FULL_DIRECTORY : SAMPLE);
  await ensureDatabaseUrl();
  const started = performance.now();
  const isTty = process.stderr.isTTY;
  console.error(`Importing offices from ${file}`);
  const result = await importOffices(path.resolve(file), ({ rows, bytesRead, totalBytes }) => {
    const percent = Math.min(100, Math.round((bytesRead / totalBytes) * 100));
    const line = `  ${rows.toLocaleString("en")} rows · ${percent}% of the file`;
    if (isTty) process.stderr.write(`\r${line}`);
    else console.error(line);
  });
  if (isTty) process.stderr.write("\n");
  for (const { line, reason } of result.skipped.slice(0, 20)) console.error(`  skipped line ${line}: ${reason}`);
  if (result.skipped.length > 20) console.error(`  … and ${result.skipped.length - 20} more skipped`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`Imported ${result.rows} offices in ${seconds} s (${result.skipped.length} rows skipped).`);
  const { db } = await import("@/lib/db");
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
