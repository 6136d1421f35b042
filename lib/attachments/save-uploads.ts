import "server-only";

import { createHash, randomUUID } from "node:crypto";

import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { getStorage } from "@/lib/storage/get-storage";

import type { TInspectedFile } from "./inspect-uploads";
import type { TAttachmentType } from "./limits";

/** A file written to storage, not yet recorded in the database. */
export type TStoredUpload = {
  storageKey: string;
  fileName: string;
  contentType: TAttachmentType;
  size: number;
  sha256: string;
};

/**
 * Writes inspected uploads to storage under new random keys. If one write fails, the files already
 * written are removed and the error is passed on. The caller records the result with attachmentRowsFor
 * in its transaction, and calls discardUploads if that transaction fails.
 */
export async function saveUploads(files: TInspectedFile[]): Promise<TStoredUpload[]> {
  const storage = getStorage();
  const stored: TStoredUpload[] = [];
  try {
    for (const file of files) {
      const bytes = new Uint8Array(await file.file.arrayBuffer());
      const upload = {
        storageKey: randomUUID(),
        fileName: file.fileName,
        contentType: file.contentType,
        size: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      };
      await storage.put(upload.storageKey, bytes, upload.contentType);
      stored.push(upload);
    }
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
  return stored;
}

/**
 * Removes stored uploads whose database rows were never written. Never throws: it runs while another
 * error is being handled, and a file left behind is only wasted space, which the log reports.
 */
export async function discardUploads(stored: TStoredUpload[]): Promise<void> {
  const storage = getStorage();
  const results = await Promise.allSettled(stored.map((upload) => storage.delete(upload.storageKey)));
  results.forEach((result, index) => {
    if (result.status === "rejected") {
      logger.warn(
        { err: result.reason, storageKey: stored[index].storageKey },
        "could not discard an unrecorded upload",
      );
    }
  });
}

/** The Attachment rows for stored uploads, for the caller's own transaction (`tx.attachment.createMany`). */
export function attachmentRowsFor(
  stored: TStoredUpload[],
  caseId: string,
  eventId?: string | null,
): Prisma.AttachmentCreateManyInput[] {
  return stored.map((upload) => ({ ...upload, caseId, eventId: eventId ?? null }));
}
