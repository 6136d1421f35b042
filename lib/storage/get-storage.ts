import "server-only";

import { getConfig, type TServerConfig } from "@/lib/config";

import type { FileStorage } from "./file-storage";
import { localDiskStorage } from "./local-disk-storage";
import { s3Storage } from "./s3-storage";

/** The storage the configuration asks for (lib/config.ts has already checked that S3 is complete). */
export function storageFromConfig(config: TServerConfig): FileStorage {
  if (config.STORAGE_DRIVER === "local") return localDiskStorage(config.STORAGE_DIR);
  return s3Storage({
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION!,
    bucket: config.S3_BUCKET!,
    accessKeyId: config.S3_ACCESS_KEY_ID!,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  });
}

let cached: FileStorage | undefined;

/** The process's storage for attachments, built on first use. */
export function getStorage(): FileStorage {
  cached ??= storageFromConfig(getConfig());
  return cached;
}
