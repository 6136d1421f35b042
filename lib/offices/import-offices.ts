import "server-only";

import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";

import { db } from "@/lib/db";

import { OFFICE_COLUMNS, OfficeRowError, parseOfficeRow, type TOfficeRecord } from "./parse-office-row";
import { officeTimeZone } from "./region-time-zone";

const BATCH_SIZE = 5_000;
const GZIP_MAGIC = [0x1f, 0x8b];

export type TImportProgress = { rows: number; bytesRead: number; totalBytes: number };
export type TImportResult = { rows: number; skipped: { line: number; reason: string }[] };

async function isGzip(file: string): Promise<boolean> {
  const handle = await fs.open(file, "r");
  try {
    const { buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1];
  } finally {
    await handle.close();
  }
}

type CsvRecord = { record: Record<string, string>; info: { lines: number } };

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Inserts or refreshes a batch; contact emails and time zones set by staff are kept. A new office's time
 * zone comes from its region; an existing one keeps its zone, which staff may have corrected.
 */
async function upsertBatch(tx: Tx, batch: TOfficeRecord[]) {
  const column = <K extends keyof TOfficeRecord>(key: K) => batch.map((office) => office[key]);
  await tx.$executeRaw`
    INSERT INTO "Office" ("postcode", "name", "type", "parentPostcode", "region", "autonomousOkrug", "area",
                          "city", "settlement", "effectiveFrom", "previousPostcode", "timeZone", "updatedAt")
    SELECT postcode, name, type, parent, region, okrug, area, city, settlement, effective::date, previous, zone,
           now()
    FROM unnest(${column("postcode")}::text[], ${column("name")}::text[], ${column("type")}::text[],
                ${column("parentPostcode")}::text[], ${column("region")}::text[],
                ${column("autonomousOkrug")}::text[], ${column("area")}::text[], ${column("city")}::text[],
                ${column("settlement")}::text[], ${column("effectiveFrom")}::text[],
                ${column("previousPostcode")}::text[], ${batch.map((office) => officeTimeZone(office))}::text[])
      AS t(postcode, name, type, parent, region, okrug, area, city, settlement, effective, previous, zone)
    ON CONFLICT ("postcode") DO UPDATE SET
      "name" = EXCLUDED."name", "type" = EXCLUDED."type", "parentPostcode" = EXCLUDED."parentPostcode",
      "region" = EXCLUDED."region", "autonomousOkrug" = EXCLUDED."autonomousOkrug", "area" = EXCLUDED."area",
      "city" = EXCLUDED."city", "settlement" = EXCLUDED."settlement",
      "effectiveFrom" = EXCLUDED."effectiveFrom", "previousPostcode" = EXCLUDED."previousPostcode",
      "updatedAt" = now()`;
}

/**
 * Loads a directory file (CSV, plain or gzip) into the Office table in one transaction: either the whole
 * file is applied or nothing is. Importing the same file again changes nothing. Rows that cannot be read
 * are skipped and reported with their line numbers.
 */
export async function importOffices(
  file: string,
  onProgress?: (progress: TImportProgress) => void,
): Promise<TImportResult> {
  const totalBytes = (await fs.stat(file)).size;
  const gzip = await isGzip(file);
  const result: TImportResult = { rows: 0, skipped: [] };
  let bytesRead = 0;

  await db.$transaction(
    async (tx) => {
      const source = createReadStream(file);
      source.on("data", (chunk) => (bytesRead += chunk.length));
      const parser = parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
      const feeding = gzip ? pipeline(source, createGunzip(), parser) : pipeline(source, parser);
      // Errors surface through the loop below; this only keeps an early exit from going unhandled.
      feeding.catch(() => undefined);

      let batch: TOfficeRecord[] = [];
      const flush = async () => {
        await upsertBatch(tx, batch);
        result.rows += batch.length;
        batch = [];
        onProgress?.({ rows: result.rows, bytesRead, totalBytes });
      };
      let isHeaderChecked = false;
      for await (const { record, info } of parser as AsyncIterable<CsvRecord>) {
        if (!isHeaderChecked) {
          const missing = OFFICE_COLUMNS.filter((column) => !(column in record));
          if (missing.length > 0) throw new Error(`The file lacks the columns ${missing.join(", ")}`);
          isHeaderChecked = true;
        }
        try {
          batch.push(parseOfficeRow(record));
        } catch (error) {
          if (!(error instanceof OfficeRowError)) throw error;
          result.skipped.push({ line: info.lines, reason: error.message });
        }
        if (batch.length >= BATCH_SIZE) await flush();
      }
      await feeding;
      if (batch.length > 0) await flush();
      if (result.rows === 0) throw new Error("The file holds no office rows");
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  return result;
}
